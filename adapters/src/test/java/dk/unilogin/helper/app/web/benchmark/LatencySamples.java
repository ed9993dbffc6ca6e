package dk.unilogin.helper.app.web.benchmark;

import java.util.Arrays;

/** The requests one conversation thread made: when each was planned and how long it took. Not shared. */
final class LatencySamples {
    private long[] plannedOffsets = new long[256];
    private long[] latencies = new long[256];
    private int size;

    void add(long plannedOffsetNanos, long latencyNanos) {
        if (size == latencies.length) {
            plannedOffsets = Arrays.copyOf(plannedOffsets, size * 2);
            latencies = Arrays.copyOf(latencies, size * 2);
        }
        plannedOffsets[size] = plannedOffsetNanos;
        latencies[size] = latencyNanos;
        size++;
    }

    int size() {
        return size;
    }

    long plannedOffset(int i) {
        return plannedOffsets[i];
    }

    long latency(int i) {
        return latencies[i];
    }
}
