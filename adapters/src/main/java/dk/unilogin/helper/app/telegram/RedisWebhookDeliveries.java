package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.app.store.RedisCalls;
import dk.unilogin.helper.app.store.RedisKeys;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The update ids delivered to any instance, in Redis: one small key per update, set only if
 * absent, so that of two deliveries of one update (to one instance or two, one after the other or
 * at once) exactly one is handled. A key lives a day, as long as Telegram keeps an update.
 */
final class RedisWebhookDeliveries implements WebhookDeliveries {
    static final Duration KEPT = Duration.ofDays(1);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisWebhookDeliveries(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public boolean firstDelivery(int updateId) {
        Boolean first = RedisCalls.call("record a Telegram webhook delivery",
                () -> redis.opsForValue().setIfAbsent(keys.telegramUpdate(updateId), "1", KEPT));
        return Boolean.TRUE.equals(first);
    }
}
