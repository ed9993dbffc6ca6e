package dk.unilogin.helper.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.insights.AsyncTurnRecorder;
import dk.unilogin.helper.app.insights.TurnStore;
import dk.unilogin.helper.app.school.BotConversation;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Reloading the guide and the school profiles while conversations run: every turn is
 * answered, every turn is recorded, and the school's facts never go missing mid-reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReloadUnderTrafficTest {

    private static final int CONVERSATIONS = 200;
    private static final int MIN_RELOAD_CYCLES = 3;

    @Autowired
    TurnProcessor bot;
    @Autowired
    Reloads reloads;
    @Autowired
    AsyncTurnRecorder recorder;
    @Autowired
    TurnStore store;

    @Test
    void aReloadUnderConcurrentTrafficLosesNoTurn() throws Exception {
        assertThat(recorder.awaitIdle(Duration.ofSeconds(30))).isTrue();
        long rowsBefore = store.count();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger reloadCycles = new AtomicInteger();
        List<ReloadResult> reloadResults = Collections.synchronizedList(new ArrayList<>());
        Thread reloader = new Thread(() -> {
            while (running.get()) {
                reloadResults.add(reloads.reload("knowledge"));
                reloadResults.add(reloads.reload("schools"));
                reloadCycles.incrementAndGet();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<String> failures = new ArrayList<>();
        int turns = 0;
        reloader.start();
        // Conversations go on, batch after batch, until several reloads have run under them:
        // however fast the turns are, the traffic overlaps the reloads.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            List<Future<List<String>>> batch = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                batch.add(pool.submit(() -> converse(new BotConversation(bot, "web"))));
            }
            for (Future<List<String>> f : batch) {
                List<String> result = f.get();
                turns += Integer.parseInt(result.get(0));
                failures.addAll(result.subList(1, result.size()));
            }
        } while (reloadCycles.get() < MIN_RELOAD_CYCLES && System.nanoTime() < deadline);
        running.set(false);
        reloader.join();
        pool.shutdown();

        assertThat(failures).isEmpty();
        assertThat(reloadCycles.get()).as("reload cycles under traffic").isGreaterThanOrEqualTo(MIN_RELOAD_CYCLES);
        assertThat(reloadResults).allSatisfy(r -> assertThat(r.ok()).isTrue());
        assertThat(recorder.awaitIdle(Duration.ofSeconds(30))).isTrue();
        assertThat(recorder.dropped()).isZero();
        assertThat(store.count() - rowsBefore).isEqualTo(turns);
    }

    /** First element: how many turns were recorded-worthy; the rest: what went wrong. */
    private static List<String> converse(BotConversation c) {
        List<String> out = new ArrayList<>();
        int turns = 1;
        c.start("demo-skole");
        String[] questions = {"min søn har glemt sin kode", "hvor skal vi logge ind?", "tak for hjælpen"};
        for (String q : questions) {
            TurnResult result = c.sayForResult(q);
            turns++;
            if (result.replies().isEmpty() || result.trace().outcome() == TurnOutcome.SILENT) {
                out.add("no reply to '" + q + "'");
            }
            if (q.startsWith("hvor") && !BotConversationText.of(result).contains("www.aula.dk")) {
                out.add("school facts missing: " + BotConversationText.of(result));
            }
        }
        out.add(0, String.valueOf(turns));
        return out;
    }

    private static final class BotConversationText {
        static String of(TurnResult r) {
            return String.join("\n", r.replies().stream().map(a -> String.valueOf(a.text())).toList());
        }
    }
}
