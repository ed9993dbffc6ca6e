package dk.unilogin.helper.app.web.guard;

import java.time.Duration;

/**
 * Allowances of requests, each kept under a plain string key ("open:203.0.113.7",
 * "turn:{conversation id}"). The key names whose allowance it is; the {@link Allowance}
 * says how large it is. Implementations may keep the counts in memory or in a store shared
 * by several servers.
 */
public interface RateLimiter {

    /** Takes one request from the allowance under {@code key}; when none is left, says how long until one is. */
    Decision tryAcquire(String key, Allowance allowance);

    /** Whether a request may go ahead and, if not, how long until it may. */
    record Decision(boolean allowed, Duration retryAfter) {
        public static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        public static Decision waitFor(Duration wait) {
            return new Decision(false, wait);
        }
    }
}
