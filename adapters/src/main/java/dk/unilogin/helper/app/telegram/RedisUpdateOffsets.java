package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.app.store.RedisCalls;
import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.StoreUnavailableException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The last handled update id in Redis, so that whichever instance polls next goes on from
 * there. Read once when polling starts on this instance (it holds the polling lease from then
 * on, so nobody else moves it) and written through on every handled update, never backwards.
 * The key lives a day, as long as Telegram keeps an update; after that nothing is pending anyway.
 */
final class RedisUpdateOffsets implements UpdateOffsets {
    private static final Logger LOG = LoggerFactory.getLogger(RedisUpdateOffsets.class);
    static final Duration KEPT = Duration.ofDays(1);
    private static final RedisScript<Long> RAISE = RedisScript.of("""
            local current = tonumber(redis.call('get', KEYS[1]) or '0')
            local next = tonumber(ARGV[1])
            if next > current then
              redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return next
            end
            redis.call('pexpire', KEYS[1], ARGV[2])
            return current""", Long.class);

    private final StringRedisTemplate redis;
    private final String key;
    private long lastHandled;

    RedisUpdateOffsets(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.key = keys.telegramOffset();
        String stored = RedisCalls.call("read the Telegram offset", () -> redis.opsForValue().get(key));
        this.lastHandled = stored == null ? 0 : Long.parseLong(stored);
    }

    @Override
    public synchronized long lastHandled() {
        return lastHandled;
    }

    @Override
    public synchronized void commit(long updateId) {
        if (updateId <= lastHandled) {
            return;
        }
        lastHandled = updateId;
        try {
            RedisCalls.call("record the Telegram offset", () -> redis.execute(RAISE, List.of(key),
                    Long.toString(updateId), Long.toString(KEPT.toMillis())));
        } catch (StoreUnavailableException e) {
            // Handled all the same; at worst the next poller handles this update again.
            LOG.error("Cannot record Telegram update {} as handled in Redis: {}", updateId, e.getMessage());
        }
    }
}
