package dk.unilogin.helper.app.web.benchmark;

import java.io.IOException;

/** Reads one metric from the server's Prometheus text ({@code /actuator/prometheus}), summed over its labels. */
final class PrometheusCounters {

    private final BenchmarkServer server;

    PrometheusCounters(BenchmarkServer server) {
        this.server = server;
    }

    double value(String metric) throws IOException {
        double sum = 0;
        boolean found = false;
        for (String line : server.get("/actuator/prometheus").split("\n")) {
            if (line.startsWith(metric) && (line.charAt(metric.length()) == ' ' || line.charAt(metric.length()) == '{')) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        if (!found) {
            throw new IOException("no metric " + metric + " on /actuator/prometheus");
        }
        return sum;
    }

    /**
     * Waits until the insights writer has written {@code expected} turns, or its count has not
     * moved for five seconds, and returns the count then.
     */
    long turnsWrittenOnce(long expected) throws IOException, InterruptedException {
        long last = -1;
        long unchangedSince = System.nanoTime();
        while (true) {
            long written = (long) value("insights_turns_written_total");
            if (written >= expected) {
                return written;
            }
            if (written != last) {
                last = written;
                unchangedSince = System.nanoTime();
            } else if (System.nanoTime() - unchangedSince > 5_000_000_000L) {
                return written;
            }
            Thread.sleep(200);
        }
    }
}
