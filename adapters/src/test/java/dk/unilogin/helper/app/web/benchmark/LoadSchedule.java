package dk.unilogin.helper.app.web.benchmark;

/**
 * When each request of a run is planned to start: a rate held steady, or ramped linearly
 * from one rate to another, the way a load balancer brings a fresh instance into service.
 */
record LoadSchedule(double startRate, double endRate, double seconds) {

    static LoadSchedule steady(double rate, double seconds) {
        return new LoadSchedule(rate, rate, seconds);
    }

    static LoadSchedule ramp(double fromRate, double toRate, double seconds) {
        return new LoadSchedule(fromRate, toRate, seconds);
    }

    /**
     * Nanoseconds from the start of the run at which request number {@code slot} (from 0)
     * is planned, or -1 when it falls after the end. Solves N(t) = r0 t + (r1 - r0) t² / 2T
     * for t, N(t) being the requests planned by time t.
     */
    long plannedOffsetNanos(long slot) {
        double acceleration = (endRate - startRate) / (2 * seconds);
        double t = acceleration == 0
                ? slot / startRate
                : (-startRate + Math.sqrt(startRate * startRate + 4 * acceleration * slot)) / (2 * acceleration);
        return t >= seconds ? -1 : (long) (t * 1e9);
    }

    /** How many slots have a planned start (the first slot whose start falls after the end is this number). */
    long plannedSlots() {
        long low = 0;
        long high = Math.max(1, plannedRequests() + 2);
        while (plannedOffsetNanos(high) >= 0) {
            high *= 2;
        }
        while (low < high) { // the first slot planned after the end
            long middle = (low + high) >>> 1;
            if (plannedOffsetNanos(middle) < 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** How many requests the run plans in all. */
    long plannedRequests() {
        return (long) Math.ceil((startRate + endRate) / 2 * seconds);
    }

    String describe() {
        return startRate == endRate
                ? String.format("%.0f s at %.0f requests/s", seconds, startRate)
                : String.format("%.0f s ramping from %.0f to %.0f requests/s", seconds, startRate, endRate);
    }
}
