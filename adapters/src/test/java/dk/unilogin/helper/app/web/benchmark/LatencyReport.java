package dk.unilogin.helper.app.web.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Throughput and latency percentiles of one run, over the whole run and per time window. */
final class LatencyReport {
    private final long[][] byWindow;
    private final long[] all;
    private final long errors;
    private final double seconds;
    private final double windowSeconds;

    private LatencyReport(long[][] byWindow, long[] all, long errors, double seconds, double windowSeconds) {
        this.byWindow = byWindow;
        this.all = all;
        this.errors = errors;
        this.seconds = seconds;
        this.windowSeconds = windowSeconds;
    }

    static LatencyReport of(List<LatencySamples> samples, long errors, long elapsedNanos, double windowSeconds) {
        long windowNanos = (long) (windowSeconds * 1e9);
        List<List<Long>> windows = new ArrayList<>();
        int total = samples.stream().mapToInt(LatencySamples::size).sum();
        long[] all = new long[total];
        int n = 0;
        for (LatencySamples thread : samples) {
            for (int i = 0; i < thread.size(); i++) {
                int window = (int) (thread.plannedOffset(i) / windowNanos);
                while (windows.size() <= window) {
                    windows.add(new ArrayList<>());
                }
                windows.get(window).add(thread.latency(i));
                all[n++] = thread.latency(i);
            }
        }
        Arrays.sort(all);
        long[][] byWindow = windows.stream()
                .map(w -> w.stream().mapToLong(Long::longValue).sorted().toArray())
                .toArray(long[][]::new);
        return new LatencyReport(byWindow, all, errors, elapsedNanos / 1e9, windowSeconds);
    }

    long errors() {
        return errors;
    }

    /** Requests answered as expected. */
    long succeeded() {
        return all.length - errors;
    }

    double throughput() {
        return all.length / seconds;
    }

    /** Latency in milliseconds at quantile {@code q} of the whole run. */
    double percentileMillis(double q) {
        return percentile(all, q);
    }

    void printWindows(PrintStream out) {
        for (int i = 0; i < byWindow.length; i++) {
            long[] window = byWindow[i];
            double from = i * windowSeconds;
            double to = Math.min((i + 1) * windowSeconds, Math.max(seconds, from + 0.001));
            out.printf("  %3.0f-%3.0f s: %5.0f requests/s, p50 %7.2f ms, p99 %7.2f ms%n", from, to,
                    window.length / (to - from), percentile(window, 0.5), percentile(window, 0.99));
        }
    }

    void printSummary(PrintStream out) {
        out.printf("requests %d, errors %d, %.1f s, throughput %.0f requests/s%n", all.length, errors, seconds,
                throughput());
        out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", percentile(all, 0.5),
                percentile(all, 0.9), percentile(all, 0.99), percentile(all, 1.0));
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(index, 0)] / 1e6;
    }
}
