package dk.unilogin.helper.app.web.guard;

import java.time.Duration;
import java.util.List;

/**
 * Allowances of requests, each kept under a plain string key ("open:203.0.113.7",
 * "turn:{conversation id}"). The key names whose allowance it is; the {@link Allowance}
 * says how large it is. Implementations may keep the counts in memory or in a store shared
 * by several servers.
 */
public interface RateLimiter {

    /** Takes one request from the allowance under {@code key}; when none is left, says how long until one is. */
    Decision tryAcquire(String key, Allowance allowance);

    /** Takes one request from each allowance in order, stopping at the first that has none left. */
    default Decision tryAcquire(List<Charge> charges) {
        Decision decision = Decision.ALLOWED;
        for (Charge charge : charges) {
            decision = tryAcquire(charge.key(), charge.allowance());
            if (!decision.allowed()) {
                return decision;
            }
        }
        return decision;
    }

    /**
     * As {@link #tryAcquire(List)}, for a turn posted to web chat conversation {@code conversationId}.
     * A shared store may fetch what the turn needs in the same round trip; {@link #requestDone}
     * must follow when the request ends.
     */
    default Decision admitWebChatTurn(List<Charge> charges, String conversationId) {
        return tryAcquire(charges);
    }

    /**
     * The request admitted last on this thread has ended. {@code answerWritten} sends the
     * response on its way (when it was completed normally); a shared store runs it before it
     * waits for what the turn still writes.
     */
    default void requestDone(Runnable answerWritten) {
    }

    /** One request taken from the allowance under {@code key}. */
    record Charge(String key, Allowance allowance) {
    }

    /** Whether a request may go ahead and, if not, how long until it may. */
    record Decision(boolean allowed, Duration retryAfter) {
        public static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        public static Decision waitFor(Duration wait) {
            return new Decision(false, wait);
        }
    }
}
