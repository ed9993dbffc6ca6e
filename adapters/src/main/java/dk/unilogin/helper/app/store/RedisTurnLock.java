package dk.unilogin.helper.app.store;

import dk.unilogin.helper.bot.state.ConversationLocks;
import dk.unilogin.helper.bot.state.TurnLock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * One turn of a conversation at a time across every instance sharing the Redis. Turns on this
 * instance first queue on an in-process lock, so only one of them at a time asks Redis. The
 * Redis lock is a key set only if absent, holding a random token and a short lease (in case its
 * holder dies mid-turn); it is released by a script that deletes it only if it still holds our
 * token, so a turn that overran its lease never frees a lock another turn has taken since.
 */
public final class RedisTurnLock implements TurnLock {
    private static final Logger LOG = LoggerFactory.getLogger(RedisTurnLock.class);
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('del', KEYS[1])
            end
            return 0""", Long.class);
    private static final long FIRST_BACKOFF_NANOS = 200_000;
    private static final long MAX_BACKOFF_NANOS = 20_000_000;

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration lease;
    private final Duration maxWait;
    private final ConversationLocks local = new ConversationLocks();

    public RedisTurnLock(StringRedisTemplate redis, RedisKeys keys, Duration lease, Duration maxWait) {
        this.redis = redis;
        this.keys = keys;
        this.lease = lease;
        this.maxWait = maxWait;
    }

    @Override
    public <T> T withLock(String conversationKey, Supplier<T> turn) {
        return local.withLock(conversationKey, () -> {
            String key = keys.turnLock(conversationKey);
            String token = acquire(key);
            try {
                return turn.get();
            } finally {
                release(key, token);
            }
        });
    }

    private String acquire(String key) {
        String token = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + maxWait.toNanos();
        long backoff = FIRST_BACKOFF_NANOS;
        while (true) {
            Boolean taken = RedisCalls.call("take the conversation's turn lock",
                    () -> redis.opsForValue().setIfAbsent(key, token, lease));
            if (Boolean.TRUE.equals(taken)) {
                return token;
            }
            if (System.nanoTime() + backoff > deadline) {
                throw new StoreUnavailableException("the conversation's previous turn did not finish in " + maxWait);
            }
            LockSupport.parkNanos(backoff);
            backoff = Math.min(MAX_BACKOFF_NANOS, backoff * 2);
        }
    }

    private void release(String key, String token) {
        try {
            RedisCalls.call("release the conversation's turn lock", () -> redis.execute(RELEASE, List.of(key), token));
        } catch (StoreUnavailableException e) {
            // The turn is done and saved; the lock's lease frees it shortly.
            LOG.warn("Could not release a turn lock ({}); it expires by itself", e.getMessage());
        }
    }
}
