package dk.unilogin.helper.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.insights.TurnRecord;
import dk.unilogin.helper.bot.insights.TurnRecorder;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The application offers the bot a recorder and a school directory, on a migrated database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InsightsWiringTest {

    @Autowired
    TurnRecorder recorder;
    @Autowired
    SchoolDirectory schools;
    @Autowired
    TurnStore store;

    @Test
    void aRecordedTurnReachesTheDatabase() throws Exception {
        long before = store.count();
        recorder.record(new TurnRecord(Instant.now(), "web", "c", "demo-skole", "hej", TurnOutcome.SMALL_TALK, null, 0, null));
        assertThat(((AsyncTurnRecorder) recorder).awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(store.count()).isEqualTo(before + 1);
    }

    @Test
    void theDemoSchoolIsThereByDefault() {
        assertThat(schools.byId("demo-skole")).isPresent();
    }
}
