package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.store.RedisCalls;
import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.StoredJson;
import dk.unilogin.helper.app.web.conversation.AccessTokens;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Direct Line conversations in Redis, one JSON key each, so that any instance serves any of
 * them. The idle expiry is the key's time to live, renewed by every use together with that of
 * the conversation's activities, so the two expire together and watermarks never start over
 * under a conversation that is still open. Holds no token: tokens are {@link RedisTokenGrants}.
 */
final class RedisDirectLineConversations implements DirectLineConversations {
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** KEYS: the conversation, its activities. ARGV: the idle expiry (ms). */
    private static final RedisScript<String> FIND = RedisScript.of("""
            local conversation = redis.call('GETEX', KEYS[1], 'PX', ARGV[1])
            if not conversation then
              return false
            end
            redis.call('PEXPIRE', KEYS[2], ARGV[1])
            return conversation""", String.class);

    /** The stored form: ids, flags and the bot's own button titles and values, nothing the user typed. */
    record Stored(String school, String locale, String userId, boolean started, List<SuggestedAction> offered) {
    }

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration idleExpiry;
    private final Clock clock;

    RedisDirectLineConversations(StringRedisTemplate redis, RedisKeys keys, Duration idleExpiry, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.idleExpiry = idleExpiry;
        this.clock = clock;
    }

    /** Never full: Redis's {@code maxmemory} bounds what it holds. */
    @Override
    public Optional<DirectLineConversation> create(String schoolId, String locale) {
        DirectLineConversation conversation = new DirectLineConversation(AccessTokens.random(16), schoolId, locale,
                clock.instant());
        save(conversation);
        return Optional.of(conversation);
    }

    @Override
    public Optional<DirectLineConversation> find(String id) {
        if (id == null || !WELL_FORMED_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String value = RedisCalls.call("look up a Direct Line conversation", () -> redis.execute(FIND,
                List.of(keys.directLineConversation(id), keys.directLineActivities(id)),
                Long.toString(idleExpiry.toMillis())));
        return parse(value).map(stored -> new DirectLineConversation(id, stored.school(), stored.locale(),
                stored.userId(), stored.started(), stored.offered() == null ? List.of() : stored.offered(),
                clock.instant()));
    }

    @Override
    public void save(DirectLineConversation conversation) {
        String value = StoredJson.write(new Stored(conversation.schoolId(), conversation.locale(),
                conversation.userId(), conversation.started(), conversation.offered()));
        RedisCalls.run("save a Direct Line conversation", () -> redis.opsForValue()
                .set(keys.directLineConversation(conversation.id()), value, idleExpiry));
    }

    /** Redis expires idle conversations itself (and the bot's state for them). */
    @Override
    public List<DirectLineConversation> removeIdle() {
        return List.of();
    }

    private static Optional<Stored> parse(String value) {
        return StoredJson.read(value, Stored.class).filter(stored -> stored.userId() != null && stored.locale() != null);
    }
}
