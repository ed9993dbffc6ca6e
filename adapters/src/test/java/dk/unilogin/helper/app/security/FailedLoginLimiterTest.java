package dk.unilogin.helper.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedLoginLimiterTest {
    private final MutableClock clock = new MutableClock();
    private final FailedLoginLimiter limiter =
            new FailedLoginLimiter(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 100, clock);

    @Test
    void theFifthFailureLocksTheAddressForTheLockout() {
        for (int i = 0; i < 4; i++) {
            limiter.failed("10.0.0.1");
        }
        assertThat(limiter.lockedFor("10.0.0.1")).isEmpty();
        limiter.failed("10.0.0.1");
        assertThat(limiter.lockedFor("10.0.0.1")).contains(Duration.ofMinutes(15));
        assertThat(limiter.lockedFor("10.0.0.2")).isEmpty();

        clock.advance(Duration.ofMinutes(14));
        assertThat(limiter.lockedFor("10.0.0.1")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.lockedFor("10.0.0.1")).isEmpty();
        assertThat(limiter.tracked()).isZero();
    }

    @Test
    void failuresFarApartDoNotAddUp() {
        for (int i = 0; i < 10; i++) {
            limiter.failed("10.0.0.1");
            clock.advance(Duration.ofMinutes(16));
        }
        assertThat(limiter.lockedFor("10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            limiter.failed("10.0.0.1");
        }
        limiter.succeeded("10.0.0.1");
        limiter.failed("10.0.0.1");
        assertThat(limiter.lockedFor("10.0.0.1")).isEmpty();
    }

    @Test
    void memoryIsBoundedByDroppingTheOldestAddresses() {
        for (int i = 0; i < 1000; i++) {
            limiter.failed("10.0." + i / 256 + "." + i % 256);
        }
        assertThat(limiter.tracked()).isEqualTo(100);
        for (int i = 0; i < 5; i++) {
            limiter.failed("192.168.0.1");
        }
        assertThat(limiter.lockedFor("192.168.0.1")).isPresent();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
