package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.eval.EvalQuestion;
import dk.unilogin.helper.knowledge.eval.EvalSetReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One knowledge base serves many threads at once and answers each exactly as it does alone. */
class ConcurrentMatchingTest {

    @Test
    void concurrentMatchesEqualSequentialOnesAndSurviveAReload() throws Exception {
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.bundled();
        List<String> messages = EvalSetReader.readResource("eval/extra.jsonl").stream().map(EvalQuestion::q).toList();
        List<MatchResult> expected = messages.stream().map(knowledge::match).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int offset = w;
                workers.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < messages.size(); i++) {
                            int k = (i + offset * 17) % messages.size();
                            if (!knowledge.match(messages.get(k)).equals(expected.get(k))) {
                                mismatches++;
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            assertThat(knowledge.reload().reloaded()).isTrue();
            for (Future<Integer> worker : workers) {
                assertThat(worker.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
