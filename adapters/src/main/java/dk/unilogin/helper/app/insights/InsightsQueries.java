package dk.unilogin.helper.app.insights;

import dk.unilogin.helper.app.insights.InsightsReport.PassageCount;
import dk.unilogin.helper.app.insights.InsightsReport.PassageFeedback;
import dk.unilogin.helper.app.insights.InsightsReport.SchoolCount;
import dk.unilogin.helper.app.insights.InsightsReport.DayCount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admin's questions to {@code turn_record}, in SQL that runs on H2 and PostgreSQL alike. */
public class InsightsQueries {

    private static final String QUESTION = "outcome IN ('ANSWER', 'CLARIFY', 'FALLBACK')";
    private static final int TOP = 10;
    private static final int UNANSWERED_SAMPLE = 2000;
    private static final int GROUPS = 25;
    /** A period longer than this many days is cut for the per-day series (a year and a bit). */
    static final int MAX_DAYS = 400;

    private final JdbcTemplate jdbc;

    public InsightsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The report for [from, to); {@code school} null for all schools. */
    public InsightsReport report(Instant from, Instant to, String school) {
        Period p = new Period(from, to, school);
        List<SchoolCount> schools = schoolCounts(p);
        long turns = schools.stream().mapToLong(SchoolCount::turns).sum();
        long questions = schools.stream().mapToLong(SchoolCount::questions).sum();
        long fallbacks = schools.stream().mapToLong(SchoolCount::fallbacks).sum();
        double answered = questions == 0 ? 0 : (double) (questions - fallbacks) / questions;
        List<PassageFeedback> feedback = feedback(p);
        return new InsightsReport(from, to, school, turns, questions, fallbacks, answered, schools,
                topPassages(p), UnansweredGrouping.group(unansweredTexts(p), GROUPS),
                feedback.stream().filter(f -> f.notHelpful() > 0)
                        .sorted(Comparator.comparingLong(PassageFeedback::notHelpful).reversed()
                                .thenComparing(PassageFeedback::passageId)).toList(),
                days(p), feedback);
    }

    /**
     * Turns per UTC day, every day of the period present. Days are counted from the epoch
     * in SQL ({@code EXTRACT(EPOCH ...)}), which H2 and PostgreSQL read alike whatever the
     * session's time zone.
     */
    List<DayCount> days(Period p) {
        Map<Long, DayCount> found = new HashMap<>();
        jdbc.query("SELECT epoch_day, COUNT(*) AS turns, SUM(CASE WHEN " + QUESTION + " THEN 1 ELSE 0 END) AS questions,"
                + " SUM(CASE WHEN fallback THEN 1 ELSE 0 END) AS fallbacks FROM ("
                + "SELECT FLOOR(EXTRACT(EPOCH FROM recorded_at) / 86400) AS epoch_day, outcome, fallback"
                + " FROM turn_record WHERE " + p.where() + ") t GROUP BY epoch_day", rs -> {
                    long day = rs.getLong(1);
                    found.put(day, new DayCount(LocalDate.ofEpochDay(day), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }, p.args());
        List<DayCount> days = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(p.from(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(p.to().minusNanos(1), ZoneOffset.UTC);
        for (LocalDate d = first; !d.isAfter(last) && days.size() <= MAX_DAYS; d = d.plusDays(1)) {
            days.add(found.getOrDefault(d.toEpochDay(), new DayCount(d, 0, 0, 0)));
        }
        return days;
    }

    List<SchoolCount> schoolCounts(Period p) {
        return jdbc.query("SELECT school_id, COUNT(*) AS turns,"
                + " SUM(CASE WHEN " + QUESTION + " THEN 1 ELSE 0 END) AS questions,"
                + " SUM(CASE WHEN fallback THEN 1 ELSE 0 END) AS fallbacks"
                + " FROM turn_record WHERE " + p.where()
                + " GROUP BY school_id ORDER BY turns DESC, school_id",
                (rs, i) -> new SchoolCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), p.args());
    }

    List<PassageCount> topPassages(Period p) {
        return jdbc.query("SELECT passage_id, COUNT(*) AS answers FROM turn_record WHERE " + p.where()
                + " AND outcome = 'ANSWER' AND passage_id IS NOT NULL"
                + " GROUP BY passage_id ORDER BY answers DESC, passage_id LIMIT " + TOP,
                (rs, i) -> new PassageCount(rs.getString(1), rs.getLong(2)), p.args());
    }

    List<String> unansweredTexts(Period p) {
        return jdbc.queryForList("SELECT message_text FROM turn_record WHERE " + p.where()
                + " AND fallback = TRUE AND message_text IS NOT NULL"
                + " ORDER BY recorded_at DESC LIMIT " + UNANSWERED_SAMPLE, String.class, p.args());
    }

    /** "Hjalp det?" answers per passage, most answers first. */
    List<PassageFeedback> feedback(Period p) {
        return jdbc.query("SELECT passage_id,"
                + " SUM(CASE WHEN helpful = FALSE THEN 1 ELSE 0 END) AS not_helpful,"
                + " SUM(CASE WHEN helpful = TRUE THEN 1 ELSE 0 END) AS helpful"
                + " FROM turn_record WHERE " + p.where() + " AND helpful IS NOT NULL AND passage_id IS NOT NULL"
                + " GROUP BY passage_id ORDER BY COUNT(*) DESC, passage_id",
                (rs, i) -> new PassageFeedback(rs.getString(1), rs.getLong(2), rs.getLong(3)), p.args());
    }

    /** The filter every query shares; the school is a bound parameter, never spliced in. */
    record Period(Instant from, Instant to, String school) {
        String where() {
            return "recorded_at >= ? AND recorded_at < ?" + (school == null ? "" : " AND school_id = ?");
        }

        Object[] args() {
            List<Object> args = new ArrayList<>(List.of(TurnStore.utc(from), TurnStore.utc(to)));
            if (school != null) {
                args.add(school);
            }
            return args.toArray();
        }
    }
}
