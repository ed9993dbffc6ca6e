package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.store.RedisCalls;
import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.StoredJson;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Token grants in Redis, one key per token named by the token's SHA-256 (the token itself is
 * never stored), holding the conversation id, the kind and the expiry; Redis forgets the key
 * when its time to live runs out.
 */
final class RedisTokenGrants implements TokenGrants {
    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisTokenGrants(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void put(String tokenHash, DirectLineTokens.Grant grant, Duration keep) {
        String value = StoredJson.write(grant);
        RedisCalls.run("keep a Direct Line token", () -> redis.opsForValue()
                .set(keys.directLineToken(tokenHash), value, keep));
    }

    @Override
    public DirectLineTokens.Grant get(String tokenHash) {
        String value = RedisCalls.call("check a Direct Line token",
                () -> redis.opsForValue().get(keys.directLineToken(tokenHash)));
        return StoredJson.read(value, DirectLineTokens.Grant.class)
                .filter(grant -> grant.conversationId() != null && grant.kind() != null && grant.expiresAt() != null)
                .orElse(null);
    }

    /** Redis expires the keys itself. */
    @Override
    public void removeExpiredBefore(Instant before) {
    }
}
