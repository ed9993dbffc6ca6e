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
 * The per-client token buckets in Redis, so a client's allowance is the same whichever
 * instance it reaches. One script per request refills and takes from the bucket atomically,
 * on Redis's own clock (the instances' clocks may differ). A bucket expires once it would be
 * full again, when it no longer tells anything. The key holds a hash of the client's address,
 * not the address.
 */
final class RedisRateLimiter implements RateLimitBuckets {
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
    private final String capacity;
    private final String tokensPerMilli;

    RedisRateLimiter(StringRedisTemplate redis, RedisKeys keys, int burst, double requestsPerSecond) {
        if (burst < 1 || requestsPerSecond <= 0) {
            throw new IllegalArgumentException("rate limit needs burst >= 1 and requests-per-second > 0");
        }
        this.redis = redis;
        this.keys = keys;
        this.capacity = Integer.toString(burst);
        this.tokensPerMilli = Double.toString(requestsPerSecond / 1000.0);
    }

    @Override
    public RateLimiter.Decision tryAcquire(String client) {
        List<?> reply = RedisCalls.call("take a rate-limit token",
                () -> redis.execute(TAKE, List.of(keys.rateLimit(hashed(client))), capacity, tokensPerMilli));
        if (((Number) reply.get(0)).longValue() == 1) {
            return RateLimiter.Decision.ALLOWED;
        }
        return new RateLimiter.Decision(false, Duration.ofMillis(((Number) reply.get(1)).longValue()));
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
