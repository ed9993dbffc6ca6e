package dk.unilogin.helper.app.web.guard;

import dk.unilogin.helper.app.store.RedisCalls;
import dk.unilogin.helper.app.store.RedisKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The token buckets in Redis, so an allowance is the same whichever instance a client reaches.
 * One script per request refills and takes from the bucket atomically, on Redis's own clock
 * (the instances' clocks may differ); the bucket's size and rate travel with each call, so
 * every {@link Allowance} shares the one script. A bucket expires once it would be full
 * again, when it no longer tells anything. The Redis key holds a hash of the limiter's key
 * (an address or a conversation id), not the key itself.
 */
final class RedisRateLimiter implements RateLimiter {
    /** Returns {1, 0} when allowed, {0, milliseconds until a token} when not. */
    private static final RedisScript<List> TAKE = RedisScript.of("""
            local capacity = tonumber(ARGV[1])
            local per_ms = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(bucket[1]) or capacity
            local at = tonumber(bucket[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
            local allowed = 0
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              wait = math.ceil((1 - tokens) / per_ms)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / per_ms) + 1000)
            return {allowed, wait}""", List.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisRateLimiter(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Decision tryAcquire(String key, Allowance allowance) {
        String capacity = Integer.toString(allowance.burst());
        // The script counts in milliseconds of Redis's clock.
        String tokensPerMilli = Double.toString(allowance.perSecond() / 1000.0);
        List<?> reply = RedisCalls.call("take a rate-limit token",
                () -> redis.execute(TAKE, List.of(keys.rateLimit(hashed(key))), capacity, tokensPerMilli));
        if (((Number) reply.get(0)).longValue() == 1) {
            return Decision.ALLOWED;
        }
        return Decision.waitFor(Duration.ofMillis(((Number) reply.get(1)).longValue()));
    }

    private static String hashed(String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
