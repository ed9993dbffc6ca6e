package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.store.RedisCalls;
import dk.unilogin.helper.app.store.RedisKeys;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Token grants in Redis, one key per token named by the token's SHA-256 (the token itself is
 * never stored), holding the conversation id, the kind and the expiry; Redis forgets the key
 * when its time to live runs out.
 */
final class RedisTokenGrants implements TokenGrants {
    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    RedisTokenGrants(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void put(String tokenHash, DirectLineTokens.Grant grant, Duration keep) {
        String value = json.writeValueAsString(grant);
        RedisCalls.run("keep a Direct Line token", () -> redis.opsForValue()
                .set(keys.directLineToken(tokenHash), value, keep));
    }

    @Override
    public DirectLineTokens.Grant get(String tokenHash) {
        String value = RedisCalls.call("check a Direct Line token",
                () -> redis.opsForValue().get(keys.directLineToken(tokenHash)));
        if (value == null) {
            return null;
        }
        try {
            DirectLineTokens.Grant grant = json.readValue(value, DirectLineTokens.Grant.class);
            return grant.conversationId() == null || grant.kind() == null || grant.expiresAt() == null ? null : grant;
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Redis expires the keys itself. */
    @Override
    public void removeExpiredBefore(Instant before) {
    }
}
