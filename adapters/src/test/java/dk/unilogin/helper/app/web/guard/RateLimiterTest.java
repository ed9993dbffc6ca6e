package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, 0.5, now::get);

    @Test
    void allowsTheBurstThenRefusesWithTheWaitUntilTheNextToken() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void refillsOverTimeAndKeepsClientsApart() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();

        now.addAndGet(2_000_000_000L);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void forgetsClientsWhoseBucketIsFullAgain() {
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        now.addAndGet(10_000_000_000L);
        limiter.tryAcquire("c");

        limiter.forgetIdle();

        assertThat(limiter.trackedClients()).isEqualTo(1);
    }
}
