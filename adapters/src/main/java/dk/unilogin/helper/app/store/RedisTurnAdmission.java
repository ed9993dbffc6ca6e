package dk.unilogin.helper.app.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * What a request needs from Redis before it runs, in one round trip: its rate-limit buckets
 * and, for a web chat turn, the conversation (its stored token hash, school and language), the
 * conversation's turn lock and its state. Redis's latency is paid per round trip, and a turn
 * that asked for these one by one paid it four times.
 *
 * <p>What the script read is kept for the request's thread: the web conversation registry
 * authorizes with the record read here, and the state store runs the turn under the lock taken
 * here. {@link #requestDone} ends the request: a lock the turn never claimed (a wrong token, a
 * broken body) is freed then. The lock is taken before the token is checked, so a request with a
 * wrong token holds a conversation's lock for as long as the request takes (the body read is
 * bounded by {@code bot.web.body-read-timeout}); a later turn waits for it as it would for any turn.
 */
public final class RedisTurnAdmission {
    private static final Logger LOG = LoggerFactory.getLogger(RedisTurnAdmission.class);
    /**
     * KEYS: the n buckets, then (a web chat turn) the conversation, its turn lock and its state.
     * ARGV: n, a capacity and tokens per millisecond for each bucket, then the lock token, the lock
     * lease and the idle expiry of the conversation and its state (milliseconds).
     * Returns {0, milliseconds until a token} when a bucket is empty (the buckets after it are not
     * charged); {1, 0} when allowed (and the conversation is unknown); {1, 0, conversation} when the
     * lock is taken by another turn; {1, 0, conversation, 'locked', state or ''} when the lock is ours.
     */
    private static final RedisScript<List> ADMIT = RedisScript.of("""
            local n = tonumber(ARGV[1])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            for i = 1, n do
              local capacity = tonumber(ARGV[2 * i])
              local per_ms = tonumber(ARGV[2 * i + 1])
              local bucket = redis.call('HMGET', KEYS[i], 'tokens', 'at')
              local tokens = tonumber(bucket[1]) or capacity
              local at = tonumber(bucket[2]) or now
              tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
              local wait = 0
              if tokens >= 1 then
                tokens = tokens - 1
              else
                wait = math.ceil((1 - tokens) / per_ms)
              end
              redis.call('HSET', KEYS[i], 'tokens', tostring(tokens), 'at', tostring(now))
              redis.call('PEXPIRE', KEYS[i], math.ceil((capacity - tokens) / per_ms) + 1000)
              if wait > 0 then
                return {0, wait}
              end
            end
            if #KEYS == n then
              return {1, 0}
            end
            local a = 2 * n + 2
            local conversation = redis.call('GETEX', KEYS[n + 1], 'PX', ARGV[a + 2])
            if not conversation then
              return {1, 0}
            end
            if not redis.call('SET', KEYS[n + 2], ARGV[a], 'NX', 'PX', ARGV[a + 1]) then
              return {1, 0, conversation}
            end
            local state = redis.call('GET', KEYS[n + 3])
            if state then
              redis.call('PEXPIRE', KEYS[n + 3], ARGV[a + 2])
            end
            return {1, 0, conversation, 'locked', state or ''}""", List.class);
    private static final RedisScript<Long> UNLOCK = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('del', KEYS[1])
            end
            return 0""", Long.class);

    /** One rate-limit bucket: its Redis key, its size and its refill rate. */
    public record Bucket(String key, int capacity, double tokensPerMilli) {
    }

    /** Whether the request may go ahead and, if not, how long until it may. */
    public record Decision(boolean allowed, long waitMillis) {
    }

    /** A web chat turn as admitted: the conversation's stored record (null: unknown), and the lock if we hold it. */
    record AdmittedTurn(String webConversationId, String conversationKey, String conversation, String lockToken,
            String state) {
        boolean locked() {
            return lockToken != null;
        }
    }

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration idleExpiry;
    private final Duration lockLease;
    private final ThreadLocal<AdmittedTurn> admitted = new ThreadLocal<>();
    /** The turn whose lock the state store took over from this request; nothing to free at its end. */
    private final ThreadLocal<Boolean> claimed = new ThreadLocal<>();
    /** The turn's state write, sent and not waited for yet. */
    private final ThreadLocal<CompletionStage<Long>> stateWrite = new ThreadLocal<>();

    public RedisTurnAdmission(StringRedisTemplate redis, RedisKeys keys, Duration idleExpiry, Duration lockLease) {
        this.redis = redis;
        this.keys = keys;
        this.idleExpiry = idleExpiry;
        this.lockLease = lockLease;
    }

    /** Takes one token from each bucket in order, stopping at the first that has none. */
    public Decision charge(List<Bucket> buckets) {
        List<?> reply = run(buckets, List.of(), List.of());
        return decision(reply);
    }

    /**
     * Charges the buckets and, when allowed, reads web chat conversation {@code webConversationId}
     * and takes the turn lock of {@code conversationKey} (the bot's key for it) with its state,
     * for the rest of this request on this thread. Call {@link #requestDone} when the request ends.
     */
    public Decision admitWebTurn(List<Bucket> buckets, String webConversationId, String conversationKey) {
        String token = UUID.randomUUID().toString();
        List<?> reply = run(buckets,
                List.of(keys.webConversation(webConversationId), keys.turnLock(conversationKey), keys.state(conversationKey)),
                List.of(token, millis(lockLease), millis(idleExpiry)));
        Decision decision = decision(reply);
        if (decision.allowed()) {
            String conversation = reply.size() > 2 ? (String) reply.get(2) : null;
            boolean locked = reply.size() > 3;
            String state = locked && !((String) reply.get(4)).isEmpty() ? (String) reply.get(4) : null;
            admitted.set(new AdmittedTurn(webConversationId, conversationKey, conversation, locked ? token : null, state));
        }
        return decision;
    }

    /** A web chat conversation as read on admission: its stored record, null when it is unknown or expired. */
    public record ReadConversation(String stored) {
    }

    /**
     * Web chat conversation {@code id} as read when this request was admitted, or null when this
     * request was not admitted as a turn of that conversation.
     */
    public ReadConversation admittedConversation(String id) {
        AdmittedTurn turn = admitted.get();
        return turn != null && turn.webConversationId().equals(id) ? new ReadConversation(turn.conversation()) : null;
    }

    /** The lock of {@code conversationKey} taken when this request was admitted, handed over to the caller; or null. */
    AdmittedTurn claimLock(String conversationKey) {
        AdmittedTurn turn = admitted.get();
        if (turn == null || !turn.locked() || !turn.conversationKey().equals(conversationKey) || claimed.get() != null) {
            return null;
        }
        claimed.set(Boolean.TRUE);
        return turn;
    }

    /** The state store sent this request's state write and unlock; {@link #requestDone} waits for it. */
    void stateWriteSent(CompletionStage<Long> write) {
        stateWrite.set(write);
    }

    /**
     * Ends the request: frees a lock taken on admission that no turn claimed, or waits for the
     * turn's state write, after {@code answerWritten} has sent the answer on its way.
     */
    public void requestDone(Runnable answerWritten) {
        AdmittedTurn turn = admitted.get();
        boolean handedOver = claimed.get() != null;
        CompletionStage<Long> write = stateWrite.get();
        admitted.remove();
        claimed.remove();
        stateWrite.remove();
        if (write != null) {
            answerWritten.run();
            awaitStateWrite(write);
        } else if (turn != null && turn.locked() && !handedOver) {
            try {
                RedisCalls.call("free an unused turn lock",
                        () -> redis.execute(UNLOCK, List.of(keys.turnLock(turn.conversationKey())), turn.lockToken()));
            } catch (StoreUnavailableException e) {
                // The response is written; the lock's lease frees it within seconds.
            }
        }
    }

    private static void awaitStateWrite(CompletionStage<Long> write) {
        try {
            Long written = write.toCompletableFuture().get();
            if (!Long.valueOf(1).equals(written)) {
                LOG.warn("A web chat turn outlasted its lock; its state was not saved");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The answer is given; the lock's lease frees the conversation, which goes on from before.
            LOG.warn("A web chat turn's state could not be saved: {}", e.getCause().getClass().getSimpleName());
        }
    }

    private List<?> run(List<Bucket> buckets, List<String> turnKeys, List<String> turnArgs) {
        List<String> allKeys = new ArrayList<>(buckets.size() + turnKeys.size());
        List<String> args = new ArrayList<>(1 + 2 * buckets.size() + turnArgs.size());
        args.add(Integer.toString(buckets.size()));
        for (Bucket bucket : buckets) {
            allKeys.add(bucket.key());
            args.add(Integer.toString(bucket.capacity()));
            args.add(Double.toString(bucket.tokensPerMilli()));
        }
        allKeys.addAll(turnKeys);
        args.addAll(turnArgs);
        return RedisCalls.call("take rate-limit tokens",
                () -> redis.execute(ADMIT, allKeys, args.toArray()));
    }

    private static Decision decision(List<?> reply) {
        boolean allowed = ((Number) reply.get(0)).longValue() == 1;
        return new Decision(allowed, allowed ? 0 : ((Number) reply.get(1)).longValue());
    }

    private static String millis(Duration duration) {
        return Long.toString(duration.toMillis());
    }
}
