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
 * warm-up, over all questions of the two question sets. Run with
 * {@code ./mvnw -B -q -ntp -pl knowledge -Pbenchmark verify}.
 */
public final class MatchBenchmark {
    private static final int WARM_UP_ROUNDS = 200;
    private static final int MEASURED_ROUNDS = 200;
    private static final int RELOADS = 20;

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
        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String message : messages) {
                sink += knowledge.match(message).ranked().size();
            }
        }
        long[] nanos = new long[MEASURED_ROUNDS * messages.size()];
        long[] cpuNanos = new long[nanos.length];
        int n = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
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
        Arrays.sort(reloads);
        Arrays.sort(reloadsCpu);
        System.out.printf("index load: first %.0f ms wall / %.0f ms cpu (cold JVM), warm median %.1f ms wall / %.1f ms cpu%n",
                firstLoadMs, firstLoadCpuMs, reloads[RELOADS / 2], reloadsCpu[RELOADS / 2]);
        System.out.printf("match latency over %d calls (%d messages), wall: median %.1f µs, p90 %.1f µs, p99 %.1f µs, "
                        + "max %.1f µs%n", nanos.length, messages.size(), percentile(nanos, 0.5),
                percentile(nanos, 0.9), percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e3);
        System.out.printf("match latency, thread cpu time (excludes waiting for a core): median %.1f µs, p90 %.1f µs, "
                        + "p99 %.1f µs%n", percentile(cpuNanos, 0.5), percentile(cpuNanos, 0.9), percentile(cpuNanos, 0.99));
        System.out.printf("system load average during the run: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("cores available: %d (checksum %d)%n", Runtime.getRuntime().availableProcessors(), sink);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
    }
}
