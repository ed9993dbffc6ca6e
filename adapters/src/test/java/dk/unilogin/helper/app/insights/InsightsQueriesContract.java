package dk.unilogin.helper.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.insights.InsightsReport.PassageCount;
import dk.unilogin.helper.app.insights.InsightsReport.PassageFeedback;
import dk.unilogin.helper.app.insights.InsightsReport.SchoolCount;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.insights.TurnRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The insights SQL, run against each database the product supports (see the subclasses). */
abstract class InsightsQueriesContract {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));

    TurnStore store;
    InsightsQueries queries;
    JdbcTemplate jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void setUpStore() {
        jdbc = new JdbcTemplate(dataSource());
        store = new TurnStore(jdbc);
        queries = new InsightsQueries(jdbc);
        List<TurnRecord> turns = new ArrayList<>();
        turns.add(turn(DAY_AGO, "vest", "min søn har glemt koden", TurnOutcome.ANSWER, "skift-adgangskode-barn", null));
        turns.add(turn(DAY_AGO, "vest", "glemt kode igen", TurnOutcome.ANSWER, "skift-adgangskode-barn", null));
        turns.add(turn(DAY_AGO, "vest", "hvor logger vi ind", TurnOutcome.ANSWER, "hvor-logge-ind", null));
        turns.add(turn(DAY_AGO, "vest", "printeren virker ikke", TurnOutcome.FALLBACK, null, null));
        turns.add(turn(DAY_AGO, "vest", "vores printer virker ikke", TurnOutcome.FALLBACK, null, null));
        turns.add(turn(DAY_AGO, "vest", "hvornår er der skolefoto", TurnOutcome.FALLBACK, null, null));
        turns.add(turn(DAY_AGO, "vest", "nej", TurnOutcome.FEEDBACK, "hvor-logge-ind", false));
        turns.add(turn(DAY_AGO, "oest", "ja", TurnOutcome.FEEDBACK, "skift-adgangskode-barn", true));
        turns.add(turn(DAY_AGO, "oest", "hej", TurnOutcome.SMALL_TALK, null, null));
        turns.add(turn(DAY_AGO, null, "mitid virker ikke", TurnOutcome.CLARIFY, "foraelder-brugernavn", null));
        turns.add(turn(NOW.minus(Duration.ofDays(40)), "vest", "gammel", TurnOutcome.FALLBACK, null, null));
        store.insert(turns);
    }

    static TurnRecord turn(Instant at, String school, String text, TurnOutcome outcome, String passage, Boolean helpful) {
        return new TurnRecord(at, "web", "c1", school, text, outcome, passage, passage == null ? 0 : 0.8, helpful);
    }

    @Test
    void countsTurnsQuestionsAndAnsweredShareOverall() {
        InsightsReport report = queries.report(NOW.minus(Duration.ofDays(7)), NOW, null);
        assertThat(report.turns()).isEqualTo(10);
        assertThat(report.questions()).isEqualTo(7);
        assertThat(report.fallbacks()).isEqualTo(3);
        assertThat(report.answeredShare()).isCloseTo(4.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.schools()).containsExactly(
                new SchoolCount("vest", 7, 6, 3), new SchoolCount("oest", 2, 0, 0), new SchoolCount(null, 1, 1, 0));
    }

    @Test
    void narrowsToOneSchool() {
        InsightsReport report = queries.report(NOW.minus(Duration.ofDays(7)), NOW, "oest");
        assertThat(report.turns()).isEqualTo(2);
        assertThat(report.topPassages()).isEmpty();
        assertThat(report.notHelpful()).isEmpty();
    }

    @Test
    void theChosenPeriodLeavesOlderTurnsOut() {
        assertThat(queries.report(NOW.minus(Duration.ofDays(60)), NOW, "vest").turns()).isEqualTo(8);
        assertThat(queries.report(NOW.minus(Duration.ofHours(1)), NOW, null).turns()).isZero();
    }

    @Test
    void ranksTopPassagesByAnswers() {
        assertThat(queries.report(DAY_AGO, NOW, null).topPassages()).containsExactly(
                new PassageCount("skift-adgangskode-barn", 2), new PassageCount("hvor-logge-ind", 1));
    }

    @Test
    void groupsUnansweredMessagesThatReadAlike() {
        List<InsightsReport.MessageGroup> groups = queries.report(DAY_AGO, NOW, "vest").unanswered();
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).count()).isEqualTo(2);
        assertThat(groups.get(0).examples()).containsExactlyInAnyOrder("printeren virker ikke", "vores printer virker ikke");
        assertThat(groups.get(1).examples()).containsExactly("hvornår er der skolefoto");
    }

    @Test
    void listsPassagesMarkedNotHelpful() {
        assertThat(queries.report(DAY_AGO, NOW, null).notHelpful())
                .containsExactly(new PassageFeedback("hvor-logge-ind", 1, 0));
    }

    @Test
    void countsEveryDayOfThePeriodInUtcWithZerosForQuietDays() {
        // Half an hour before midnight UTC is the next day in Copenhagen: it must count on the 26th.
        store.insert(List.of(turn(Instant.parse("2026-11-26T23:30:00Z"), "vest", "sent", TurnOutcome.FALLBACK, null, null)));
        List<InsightsReport.DayCount> days = queries.report(Instant.parse("2026-11-25T00:00:00Z"),
                Instant.parse("2026-11-28T00:00:00Z"), null).days();
        assertThat(days).containsExactly(
                new InsightsReport.DayCount(java.time.LocalDate.parse("2026-11-25"), 0, 0, 0),
                new InsightsReport.DayCount(java.time.LocalDate.parse("2026-11-26"), 11, 8, 4),
                new InsightsReport.DayCount(java.time.LocalDate.parse("2026-11-27"), 0, 0, 0));
        assertThat(days.get(1).answeredShare().getAsDouble()).isEqualTo(0.5);
        assertThat(days.get(0).answeredShare()).isEmpty();
        assertThat(queries.report(Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-11-27T00:00:00Z"), "oest")
                .days()).containsExactly(new InsightsReport.DayCount(java.time.LocalDate.parse("2026-11-26"), 2, 0, 0));
    }

    @Test
    void givesHelpedAndNotHelpedForEveryPassageWithAnswers() {
        assertThat(queries.report(DAY_AGO, NOW, null).feedback()).containsExactly(
                new PassageFeedback("hvor-logge-ind", 1, 0), new PassageFeedback("skift-adgangskode-barn", 0, 1));
        assertThat(queries.report(DAY_AGO, NOW, "oest").feedback()).containsExactly(
                new PassageFeedback("skift-adgangskode-barn", 0, 1));
    }

    @Test
    void retentionDeletesOnlyRowsOlderThanTheRetention() {
        RetentionJob job = new RetentionJob(store, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(job.purge()).isEqualTo(1);
        assertThat(store.count()).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM turn_record WHERE message_text = 'gammel'", Long.class))
                .isZero();
    }

    @Test
    void storesTheFeedbackAnswerAndNullWhenThereIsNone() {
        assertThat(jdbc.queryForList("SELECT helpful FROM turn_record WHERE outcome = 'FEEDBACK' ORDER BY id", Boolean.class))
                .containsExactly(false, true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM turn_record WHERE helpful IS NULL", Long.class))
                .isEqualTo(9);
    }
}
