package dk.unilogin.helper.app.insights;

import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.insights.TurnRecord;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast turns are recorded and reported: the cost of {@code record()} on the turn's
 * thread, the writer's throughput, and the admin report over the rows written; on H2 and,
 * when reachable, PostgreSQL (see {@link TestDatabases}). Run:
 * {@code ./mvnw -B -q -ntp -pl adapters -am -Pinsights-benchmark -DskipTests verify}
 */
public final class InsightsWriteBenchmark {

    private static final int TURNS = 50_000;

    public static void main(String[] args) throws Exception {
        measure("H2", TestDatabases.h2());
        String schema = TestDatabases.uniqueSchema();
        try {
            measure("PostgreSQL", TestDatabases.postgres(schema));
        } catch (RuntimeException e) {
            System.out.println("PostgreSQL: skipped (" + e.getMessage() + ")");
        } finally {
            TestDatabases.dropPostgres(schema);
        }
    }

    private static void measure(String name, DataSource ds) throws Exception {
        TurnStore store = new TurnStore(new JdbcTemplate(ds));
        InsightsQueries queries = new InsightsQueries(new JdbcTemplate(ds));
        for (int round = 1; round <= 2; round++) {
            long onTurnThread = 0;
            long dropped;
            long start = System.nanoTime();
            try (AsyncTurnRecorder recorder = new AsyncTurnRecorder(store, TURNS)) {
                for (int i = 0; i < TURNS; i++) {
                    TurnRecord turn = new TurnRecord(Instant.now(), "web", "c" + i, "demo-skole",
                            "min søn har glemt sin kode til unilogin " + i, i % 5 == 0 ? TurnOutcome.FALLBACK
                            : TurnOutcome.ANSWER, i % 5 == 0 ? null : "skift-adgangskode-barn", 0.8, null);
                    long t = System.nanoTime();
                    recorder.record(turn);
                    onTurnThread += System.nanoTime() - t;
                }
                recorder.awaitIdle(Duration.ofMinutes(10));
                dropped = recorder.dropped();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long reportStart = System.nanoTime();
            queries.report(Instant.now().minus(Duration.ofDays(30)), Instant.now().plusSeconds(60), null);
            double reportMs = (System.nanoTime() - reportStart) / 1e6;
            System.out.printf("%s round %d: record() %,d ns mean on the turn's thread; %,d turns written in %.1f s"
                    + " (%,.0f/s, %d dropped); report over %,d rows %.0f ms%n", name, round, onTurnThread / TURNS,
                    TURNS, seconds, TURNS / seconds, dropped, store.count(), reportMs);
        }
    }

    private InsightsWriteBenchmark() {
    }
}
