package dk.unilogin.helper.knowledge.benchmark;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import dk.unilogin.helper.knowledge.eval.EvalQuestion;
import dk.unilogin.helper.knowledge.eval.EvalSetReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what the README reports: the time to load and index the bundled guide (the first
 * load in a fresh JVM, then warm reloads) and the latency of one {@code match} call after
 * warm-up, over the short questions of the dev and extra sets, and over long messages of 300 to
 * 400 characters (consecutive messages of the stories set joined until they are that long). Run with
 * {@code ./mvnw -B -q -ntp -pl knowledge -Pbenchmark -DskipTests verify}.
 */
public final class MatchBenchmark {
    private static final int WARM_UP_ROUNDS = 100;
    private static final int MEASURED_ROUNDS = 100;
    /** Long messages cost more each; fewer rounds give as many calls per message as are needed for a median. */
    private static final int LONG_WARM_UP_ROUNDS = 60;
    private static final int LONG_ROUNDS = 30;
    private static final int RELOADS = 20;
    private static final int LONG_MIN = 300;
    private static final int LONG_MAX = 400;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        long start = System.nanoTime();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();
        double firstLoadMs = (System.nanoTime() - start) / 1e6;
        double firstLoadCpuMs = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;

        double[] reloads = new double[RELOADS];
        double[] reloadsCpu = new double[RELOADS];
        for (int i = 0; i < RELOADS; i++) {
            long t = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            KnowledgeLoader.loadBundled();
            reloads[i] = (System.nanoTime() - t) / 1e6;
            reloadsCpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }

        List<String> messages = new ArrayList<>();
        for (String set : List.of("eval/dev.jsonl", "eval/extra.jsonl")) {
            EvalSetReader.readResource(set).stream().map(EvalQuestion::q).forEach(messages::add);
        }
        List<String> longMessages = longMessages(EvalSetReader.readResource("eval/stories.jsonl").stream()
                .map(EvalQuestion::q).toList());
        System.out.printf("index load: first %.0f ms wall / %.0f ms cpu (cold JVM), warm median %.1f ms wall / %.1f ms cpu%n",
                firstLoadMs, firstLoadCpuMs, median(reloads), median(reloadsCpu));
        measure(knowledge, "short messages (dev, extra)", messages, WARM_UP_ROUNDS, MEASURED_ROUNDS);
        measure(knowledge, "messages of 300-400 characters", longMessages, LONG_WARM_UP_ROUNDS, LONG_ROUNDS);
        System.out.printf("system load average during the run: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("cores available: %d%n", Runtime.getRuntime().availableProcessors());
    }

    /** Consecutive messages joined until 300 to 400 characters long; a join that overshoots starts afresh. */
    static List<String> longMessages(List<String> stories) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String story : stories) {
            if (current.length() > 0 && current.length() + 1 + story.length() > LONG_MAX) {
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(story);
            if (current.length() >= LONG_MIN) {
                joined.add(current.toString());
                current.setLength(0);
            }
        }
        return joined;
    }

    private static void measure(KnowledgeBase knowledge, String what, List<String> messages, int warmUp, int measured) {
        long sink = 0;
        for (int round = 0; round < warmUp; round++) {
            for (String message : messages) {
                sink += knowledge.match(message).ranked().size();
            }
        }
        long[] nanos = new long[measured * messages.size()];
        long[] cpuNanos = new long[nanos.length];
        int n = 0;
        for (int round = 0; round < measured; round++) {
            for (String message : messages) {
                long c = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                sink += knowledge.match(message).ranked().size();
                nanos[n] = System.nanoTime() - t;
                cpuNanos[n++] = THREADS.getCurrentThreadCpuTime() - c;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.printf("match, %s: %d calls over %d messages (checksum %d)%n", what, nanos.length, messages.size(), sink);
        System.out.printf("  wall: median %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs%n", percentile(nanos, 0.5),
                percentile(nanos, 0.9), percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e3);
        System.out.printf("  thread cpu time (excludes waiting for a core): median %.1f µs, p90 %.1f µs, p99 %.1f µs%n",
                percentile(cpuNanos, 0.5), percentile(cpuNanos, 0.9), percentile(cpuNanos, 0.99));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
    }
}
