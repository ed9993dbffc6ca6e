package dk.unilogin.helper.app.web.conversation;

import dk.unilogin.helper.app.store.RedisCalls;
import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.RedisTurnAdmission;
import dk.unilogin.helper.app.store.StoredJson;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The open web chat conversations in Redis, so that any instance can serve any of them. Each
 * is one key holding its user id, school, language and the SHA-256 hash of its token (never
 * the token), with the idle timeout as time to live, renewed by every authorized request.
 * Redis forgets idle conversations by itself; the bot's state for one expires the same way.
 */
public final class RedisConversationRegistry implements ConversationRegistry {
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    /** The stored form of a conversation. */
    record Stored(String userId, String school, String locale, String tokenHash) {
    }

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration idleTimeout;
    private final Clock clock;
    private final RedisTurnAdmission admission;

    public RedisConversationRegistry(StringRedisTemplate redis, RedisKeys keys, Duration idleTimeout, Clock clock,
            RedisTurnAdmission admission) {
        this.admission = admission;
        this.redis = redis;
        this.keys = keys;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    @Override
    public Optional<OpenedConversation> open(String schoolId, String locale) {
        String token = AccessTokens.random(32);
        WebConversation conversation = new WebConversation(AccessTokens.random(16), "web-" + AccessTokens.random(12),
                schoolId, locale, AccessTokens.hash(token), clock.instant());
        String value = StoredJson.write(new Stored(conversation.userId(), schoolId, locale,
                B64.encodeToString(conversation.tokenHash())));
        RedisCalls.run("open a web conversation",
                () -> redis.opsForValue().set(keys.webConversation(conversation.id()), value, idleTimeout));
        return Optional.of(new OpenedConversation(conversation, token));
    }

    @Override
    public Optional<WebConversation> authorize(String id, String token) {
        byte[] presented = AccessTokens.hash(token == null ? "" : token);
        Stored stored = null;
        if (id != null && WELL_FORMED_ID.matcher(id).matches()) {
            // Read already, with the turn's rate limits and lock, when this request was admitted.
            RedisTurnAdmission.ReadConversation admitted = admission.admittedConversation(id);
            String value = admitted != null ? admitted.stored() : RedisCalls.call("look up a web conversation",
                    () -> redis.opsForValue().getAndExpire(keys.webConversation(id), idleTimeout));
            stored = parse(value);
        }
        if (stored == null) {
            AccessTokens.sameHash(NO_TOKEN_HASH, presented);
            return Optional.empty();
        }
        WebConversation conversation = new WebConversation(id, stored.userId(), stored.school(), stored.locale(),
                B64_DECODE.decode(stored.tokenHash()), clock.instant());
        return conversation.tokenMatches(presented) ? Optional.of(conversation) : Optional.empty();
    }

    /** Redis expires idle conversations itself (and the bot's state with them). */
    @Override
    public List<WebConversation> removeExpired() {
        return List.of();
    }

    private static Stored parse(String value) {
        return StoredJson.read(value, Stored.class)
                .filter(stored -> stored.userId() != null && stored.locale() != null && stored.tokenHash() != null)
                .orElse(null);
    }
}
