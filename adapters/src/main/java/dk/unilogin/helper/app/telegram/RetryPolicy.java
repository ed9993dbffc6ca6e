package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.app.telegram.SendQueue.Job;
import dk.unilogin.helper.app.telegram.SendQueue.Pacing;
import java.time.Duration;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * What becomes of a call Telegram did not accept: a 429 waits as long as Telegram asks, 5xx and
 * network errors back off (0.5 s doubling to 30 s, eight tries), refused HTML is resent as plain
 * text, and a chat action (typing) is never retried: it would be stale.
 */
final class RetryPolicy {

    static final int MAX_TRANSIENT_ATTEMPTS = 8;
    static final int MAX_THROTTLED_ATTEMPTS = 30;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** Retry {@code job} after {@code delay}; a null job means give it up. */
    record Decision(Job job, Duration delay) {
        static final Decision GIVE_UP = new Decision(null, Duration.ZERO);

        boolean givesUp() {
            return job == null;
        }
    }

    private RetryPolicy() {
    }

    static Decision decide(Job job, SendFailure failure) {
        boolean bestEffort = job.pacing() == Pacing.ACTION;
        return switch (failure.kind()) {
            case THROTTLED -> bestEffort || job.attempt() >= MAX_THROTTLED_ATTEMPTS ? Decision.GIVE_UP
                    : new Decision(job.nextAttempt(), failure.retryAfter());
            case TRANSIENT -> bestEffort || job.attempt() >= MAX_TRANSIENT_ATTEMPTS ? Decision.GIVE_UP
                    : new Decision(job.nextAttempt(), backoff(job.attempt()));
            case PERMANENT -> {
                SendMessage plain = failure.errorCode() == 400 && job.method() instanceof SendMessage html
                        ? PlainTextFallback.of(html) : null;
                yield plain == null ? Decision.GIVE_UP
                        : new Decision(new Job(job.chatId(), plain, job.pacing(), job.attempt() + 1), Duration.ZERO);
            }
            case BLOCKED -> Decision.GIVE_UP;
        };
    }

    static Duration backoff(int attempt) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 16);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }
}
