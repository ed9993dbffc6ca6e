package dk.unilogin.helper.app.web.guard;

/**
 * A token bucket per client: {@link RateLimiter} in this process's memory, or
 * {@link RedisRateLimiter} shared by every instance ({@code bot.store=redis}).
 */
interface RateLimitBuckets {
    /** Takes one request's token; when none is left, says how long until one will be. */
    RateLimiter.Decision tryAcquire(String client);

    /** Drops what idle clients' buckets hold, where the store does not expire them itself. */
    default void forgetIdle() {
    }
}
