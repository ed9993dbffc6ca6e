package dk.unilogin.helper.app.web.guard;

import java.time.Duration;

/**
 * A token bucket's size: {@code burst} requests at once, refilled evenly at
 * {@code perSecond}. An empty bucket waits for the next token.
 */
public record Allowance(int burst, double perSecond) {

    public Allowance {
        if (burst < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("an allowance needs burst >= 1 and a positive rate");
        }
    }

    public static Allowance perMinute(int burst, double perMinute) {
        return new Allowance(burst, perMinute / 60);
    }

    /** {@code perDay} requests a day, all of which may come at once. */
    public static Allowance perDay(int perDay) {
        return new Allowance(perDay, perDay / (double) Duration.ofDays(1).toSeconds());
    }

    /** Time for one token to come back. */
    public Duration refillTime() {
        return Duration.ofNanos((long) Math.ceil(1e9 / perSecond));
    }
}
