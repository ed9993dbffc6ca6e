package dk.unilogin.helper.app.store;

import dk.unilogin.helper.bot.state.ConversationState;
import dk.unilogin.helper.bot.state.ConversationStateStore;
import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Conversation state in Redis, as JSON, one key per conversation. Every read and write sets
 * the key's time to live to the idle expiry, so Redis forgets a conversation left alone that
 * long, as the in-memory store does. The state holds only redacted text.
 */
public final class RedisConversationStateStore implements ConversationStateStore {
    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration idleExpiry;
    private final ConversationStateJson json = new ConversationStateJson();

    public RedisConversationStateStore(StringRedisTemplate redis, RedisKeys keys, Duration idleExpiry) {
        this.redis = redis;
        this.keys = keys;
        this.idleExpiry = idleExpiry;
    }

    @Override
    public Optional<ConversationState> load(String conversationKey) {
        String value = RedisCalls.call("load conversation state",
                () -> redis.opsForValue().getAndExpire(keys.state(conversationKey), idleExpiry));
        return json.read(value);
    }

    @Override
    public void save(String conversationKey, ConversationState state) {
        String value = json.write(state);
        RedisCalls.run("save conversation state",
                () -> redis.opsForValue().set(keys.state(conversationKey), value, idleExpiry));
    }

    @Override
    public void remove(String conversationKey) {
        RedisCalls.run("remove conversation state", () -> redis.delete(keys.state(conversationKey)));
    }

    /** Counts by scanning the state keys: meant for occasional use (operations, tests), not per turn. */
    @Override
    public int size() {
        return RedisCalls.call("count conversations", () -> {
            int count = 0;
            try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().match(keys.statePattern()).count(1000).build())) {
                while (cursor.hasNext()) {
                    cursor.next();
                    count++;
                }
            }
            return count;
        });
    }
}
