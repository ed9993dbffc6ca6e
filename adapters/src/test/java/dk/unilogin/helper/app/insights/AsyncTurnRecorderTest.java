package dk.unilogin.helper.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.insights.TurnRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class AsyncTurnRecorderTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
    private final TurnStore store = new TurnStore(jdbc);

    private static TurnRecord turn(String text) {
        return new TurnRecord(Instant.now(), "telegram", "chat-42", "demo-skole", text, TurnOutcome.ANSWER,
                "skift-adgangskode-barn", 0.9, null);
    }

    @Test
    void writesEveryTurnRecordedFromManyThreads() throws Exception {
        try (AsyncTurnRecorder recorder = new AsyncTurnRecorder(store, 10_000)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 2000; i++) {
                int n = i;
                pool.execute(() -> recorder.record(turn("spørgsmål " + n)));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(recorder.awaitIdle(Duration.ofSeconds(30))).isTrue();
        }
        assertThat(store.count()).isEqualTo(2000);
    }

    @Test
    void closeWritesWhatIsStillQueued() throws Exception {
        AsyncTurnRecorder recorder = new AsyncTurnRecorder(store, 10_000);
        for (int i = 0; i < 500; i++) {
            recorder.record(turn("spørgsmål " + i));
        }
        recorder.close();
        assertThat(store.count()).isEqualTo(500);
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
        TurnStore stuck = new TurnStore(jdbc) {
            @Override
            public void insert(List<TurnRecord> turns) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.insert(turns);
            }
        };
        try (AsyncTurnRecorder recorder = new AsyncTurnRecorder(stuck, 5)) {
            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                recorder.record(turn("x"));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(recorder.dropped()).isGreaterThan(0);
        }
    }

    @Test
    void aFailingDatabaseCostsNothingButTheRecord() throws Exception {
        jdbc.execute("DROP TABLE turn_record");
        try (AsyncTurnRecorder recorder = new AsyncTurnRecorder(store, 100)) {
            recorder.record(turn("hej"));
            assertThat(recorder.awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(recorder.failed()).isEqualTo(1);
        }
    }

    @Test
    void redactsAgainBeforeStoring() throws Exception {
        try (AsyncTurnRecorder recorder = new AsyncTurnRecorder(store, 100)) {
            recorder.record(turn("mit cpr er 010203-1234 og min kode er Sommer2024"));
            assertThat(recorder.awaitIdle(Duration.ofSeconds(10))).isTrue();
        }
        String stored = jdbc.queryForObject("SELECT message_text FROM turn_record", String.class);
        assertThat(stored).doesNotContain("010203", "1234", "Sommer2024").contains("[cpr]", "[kode]");
    }
}
