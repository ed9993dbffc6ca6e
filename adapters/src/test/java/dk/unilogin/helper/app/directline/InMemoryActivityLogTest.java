package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryActivityLogTest {
    private static final Clock FROZEN = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    private static DirectLineActivity message(String text) {
        return new DirectLineActivity("message", null, null, "directline", null, null, null, null, null, null, text,
                null, null, null, null);
    }

    @Test
    void timestampsRiseEvenWhenTheClockStandsStillSoTheTranscriptKeepsItsOrder() {
        InMemoryActivityLog log = new InMemoryActivityLog(10, FROZEN);

        List<DirectLineActivity> stored = log.append("c", List.of(message("spørgsmål"), message("svar 1")));
        stored = List.of(stored.get(0), stored.get(1), log.append("c", List.of(message("svar 2"))).get(0));

        assertThat(stored).extracting(DirectLineActivity::timestamp)
                .containsExactly("2026-12-01T08:00:00Z", "2026-12-01T08:00:00.001Z", "2026-12-01T08:00:00.002Z");
        assertThat(stored).extracting(DirectLineActivity::id).containsExactly("c|0000001", "c|0000002", "c|0000003");
    }

    @Test
    void onlyTheNewestAreKeptAndTheWatermarkNeverGoesBack() {
        InMemoryActivityLog log = new InMemoryActivityLog(2, FROZEN);
        log.append("c", List.of(message("1"), message("2"), message("3")));

        ActivitySet all = log.since("c", 0);
        ActivitySet none = log.since("c", 3);

        assertThat(all.activities()).extracting(DirectLineActivity::text).containsExactly("2", "3");
        assertThat(all.watermark()).isEqualTo("3");
        assertThat(none.activities()).isEmpty();
        assertThat(none.watermark()).isEqualTo("3");
    }

    @Test
    void listenersHearAppendsUntilClosedAndTheEndOfTheConversation() {
        InMemoryActivityLog log = new InMemoryActivityLog(10, FROZEN);
        AtomicInteger appended = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        ActivityLog.Listener listener = new ActivityLog.Listener() {
            @Override
            public void appended() {
                appended.incrementAndGet();
            }

            @Override
            public void ended() {
                ended.incrementAndGet();
            }
        };
        ActivityLog.Subscription subscription = log.subscribe("c", listener);
        log.subscribe("c", listener);

        log.append("c", List.of(message("a")));
        subscription.close();
        log.append("c", List.of(message("b")));
        log.forget("c");

        assertThat(appended).hasValue(3);
        assertThat(ended).hasValue(1);
        assertThat(log.since("c", 0).activities()).isEmpty();
    }
}
