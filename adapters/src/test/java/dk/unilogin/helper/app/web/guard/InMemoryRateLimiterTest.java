package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {
    private final MutableClock clock = new MutableClock();
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);
    private final Allowance threeThenOneEveryTwoSeconds = new Allowance(3, 0.5);

    @Test
    void allowsTheBurstThenRefusesWithTheWaitUntilTheNextToken() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a", threeThenOneEveryTwoSeconds).allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("a", threeThenOneEveryTwoSeconds);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(ProblemResponses.wholeSecondsUp(refused.retryAfter())).isEqualTo(2);
    }

    @Test
    void refillsOverTimeAndKeepsKeysApart() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a", threeThenOneEveryTwoSeconds);
        }
        assertThat(limiter.tryAcquire("b", threeThenOneEveryTwoSeconds).allowed()).isTrue();

        clock.advance(Duration.ofSeconds(2));

        assertThat(limiter.tryAcquire("a", threeThenOneEveryTwoSeconds).allowed()).isTrue();
        assertThat(limiter.tryAcquire("a", threeThenOneEveryTwoSeconds).allowed()).isFalse();
    }

    @Test
    void aDailyAllowanceComesBackOverTheDay() {
        Allowance tenADay = Allowance.perDay(10);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("school", tenADay).allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("school", tenADay);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isBetween(Duration.ofMinutes(143), Duration.ofMinutes(145));

        clock.advance(Duration.ofHours(24));
        assertThat(limiter.tryAcquire("school", tenADay).allowed()).isTrue();
    }

    @Test
    void forgetsKeysWhoseBucketIsFullAgain() {
        limiter.tryAcquire("a", threeThenOneEveryTwoSeconds);
        limiter.tryAcquire("b", threeThenOneEveryTwoSeconds);
        clock.advance(Duration.ofSeconds(10));
        limiter.tryAcquire("c", threeThenOneEveryTwoSeconds);

        limiter.forgetIdle();

        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }
}
