package dk.unilogin.helper.app.store;

import dk.unilogin.helper.bot.state.ConversationLocks;
import dk.unilogin.helper.bot.state.ConversationState;
import dk.unilogin.helper.bot.state.ConversationStateStore;
import dk.unilogin.helper.bot.state.TurnLock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Conversation state in Redis, as JSON, one key per conversation, and the lock that lets one
 * turn of a conversation run at a time across every instance. Every read and write sets the
 * state's time to live to the idle expiry, so Redis forgets a conversation left alone that long,
 * as the in-memory store does. The state holds only redacted text.
 *
 * <p>The lock is a key set only if absent, holding a random token and a short lease (in case its
 * holder dies mid-turn). A turn costs two round trips: one script takes the lock and reads the
 * state, another writes the new state and frees the lock, and only if the lock still holds our
 * token, so a turn that overran its lease never overwrites a later turn. Turns on this instance
 * first queue on an in-process lock, so only one of them at a time asks Redis. A web chat turn
 * usually arrives with the lock taken and the state read already, in the one round trip that
 * admitted its request ({@link RedisTurnAdmission}); then the turn costs one round trip more.
 * The lock is reentrant on its thread: Direct Line holds it around the echo, the bot's turn and
 * the replies, so that they stay together and in order whichever instance runs them.
 */
public final class RedisConversationStateStore implements ConversationStateStore, TurnLock {
    /** "0": the lock is taken; "1" followed by the state (if any): the lock is ours. */
    private static final RedisScript<String> LOCK_AND_LOAD = RedisScript.of("""
            if not redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              return '0'
            end
            local state = redis.call('get', KEYS[2])
            if not state then
              return '1'
            end
            redis.call('pexpire', KEYS[2], ARGV[3])
            return '1' .. state""", String.class);
    /** Writes (save), deletes (remove) or keeps (keep) the state and frees the lock, if the lock is still ours. */
    static final RedisScript<Long> STORE_AND_UNLOCK = RedisScript.of("""
            if redis.call('get', KEYS[1]) ~= ARGV[1] then
              return 0
            end
            if ARGV[2] == 'save' then
              redis.call('set', KEYS[2], ARGV[3], 'PX', ARGV[4])
            elseif ARGV[2] == 'remove' then
              redis.call('del', KEYS[2])
            end
            redis.call('del', KEYS[1])
            return 1""", Long.class);
    private static final long FIRST_BACKOFF_NANOS = 200_000;
    private static final long MAX_BACKOFF_NANOS = 20_000_000;

    /** The turn running on this thread: its lock token, the state read with the lock, what to write back. */
    private static final class Turn {
        final String conversationKey;
        final String token;
        Optional<ConversationState> loaded;
        String outcome = "keep";
        String json = "";

        Turn(String conversationKey, String token, Optional<ConversationState> loaded) {
            this.conversationKey = conversationKey;
            this.token = token;
            this.loaded = loaded;
        }
    }

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration idleExpiry;
    private final Duration lockLease;
    private final Duration lockWait;
    private final ConversationStateJson json = new ConversationStateJson();
    private final ConversationLocks local = new ConversationLocks();
    private final ThreadLocal<Turn> current = new ThreadLocal<>();
    private final RedisTurnAdmission admission;
    private final StateWriteScript storeAndUnlockUnwaited;

    public RedisConversationStateStore(StringRedisTemplate redis, RedisKeys keys, Duration idleExpiry,
            Duration lockLease, Duration lockWait, RedisTurnAdmission admission,
            StateWriteScript storeAndUnlockUnwaited) {
        this.admission = admission;
        this.storeAndUnlockUnwaited = storeAndUnlockUnwaited;
        this.redis = redis;
        this.keys = keys;
        this.idleExpiry = idleExpiry;
        this.lockLease = lockLease;
        this.lockWait = lockWait;
    }

    @Override
    public <T> T withLock(String conversationKey, Supplier<T> work) {
        if (turnOf(conversationKey) != null) {
            // Held already by this thread: a channel runs its own steps and the bot's turn under one lock.
            return work.get();
        }
        RedisTurnAdmission.AdmittedTurn admitted = admission.claimLock(conversationKey);
        if (admitted != null) {
            // The request's admission took the lock and read the state already; nobody else holds
            // the lock, here or elsewhere, so the in-process queue is not needed either.
            return runAnswerFirst(new Turn(conversationKey, admitted.lockToken(), json.read(admitted.state())), work);
        }
        return local.withLock(conversationKey, () -> run(lockAndLoad(conversationKey), work));
    }

    /** Runs the turn under the lock it holds, then stores what it decided and frees the lock. */
    private <T> T run(Turn turn, Supplier<T> work) {
        T result = runHolding(turn, work);
        if (!finish(turn, turn.outcome, turn.json)) {
            throw new StoreUnavailableException("the turn outlasted its lock; its state was not saved");
        }
        return result;
    }

    /**
     * A web chat turn: its state write and unlock are sent when the turn is done, and the
     * request waits for Redis's reply only after its answer is written ({@link
     * RedisTurnAdmission#requestDone}), which saves a round trip of the answer's latency. The
     * next turn of the conversation, on any instance, still sees the new state: the lock is held
     * until that same script has written it. If the write fails (Redis lost, or the turn outlived
     * its lock), the answer has been given and the conversation goes on from the state before it,
     * once the lock's lease has run out.
     */
    private <T> T runAnswerFirst(Turn turn, Supplier<T> work) {
        T result = runHolding(turn, work);
        List<String> both = List.of(keys.turnLock(turn.conversationKey), keys.state(turn.conversationKey));
        admission.stateWriteSent(RedisCalls.call("store the turn's state", () -> storeAndUnlockUnwaited.send(both,
                List.of(turn.token, turn.outcome, turn.json, Long.toString(idleExpiry.toMillis())))));
        return result;
    }

    /** Runs the turn as this thread's; a turn that fails keeps the state it had and frees the lock. */
    private <T> T runHolding(Turn turn, Supplier<T> work) {
        current.set(turn);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            finish(turn, "keep", "");
            throw e;
        } finally {
            current.remove();
        }
    }

    @Override
    public Optional<ConversationState> load(String conversationKey) {
        Turn turn = turnOf(conversationKey);
        if (turn != null) {
            return turn.loaded;
        }
        String value = RedisCalls.call("load conversation state",
                () -> redis.opsForValue().getAndExpire(keys.state(conversationKey), idleExpiry));
        return json.read(value);
    }

    @Override
    public void save(String conversationKey, ConversationState state) {
        String value = json.write(state);
        Turn turn = turnOf(conversationKey);
        if (turn != null) {
            turn.outcome = "save";
            turn.json = value;
            turn.loaded = Optional.of(state);
            return;
        }
        RedisCalls.run("save conversation state",
                () -> redis.opsForValue().set(keys.state(conversationKey), value, idleExpiry));
    }

    @Override
    public void remove(String conversationKey) {
        Turn turn = turnOf(conversationKey);
        if (turn != null) {
            turn.outcome = "remove";
            turn.json = "";
            turn.loaded = Optional.empty();
            return;
        }
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

    private Turn turnOf(String conversationKey) {
        Turn turn = current.get();
        return turn != null && turn.conversationKey.equals(conversationKey) ? turn : null;
    }

    private Turn lockAndLoad(String conversationKey) {
        List<String> both = List.of(keys.turnLock(conversationKey), keys.state(conversationKey));
        String token = UUID.randomUUID().toString();
        String lease = Long.toString(lockLease.toMillis());
        String idle = Long.toString(idleExpiry.toMillis());
        long deadline = System.nanoTime() + lockWait.toNanos();
        long backoff = FIRST_BACKOFF_NANOS;
        while (true) {
            String reply = RedisCalls.call("take the conversation's turn lock",
                    () -> redis.execute(LOCK_AND_LOAD, both, token, lease, idle));
            if (reply != null && reply.startsWith("1")) {
                return new Turn(conversationKey, token, reply.length() > 1 ? json.read(reply.substring(1)) : Optional.empty());
            }
            if (System.nanoTime() + backoff > deadline) {
                throw new StoreUnavailableException("the conversation's previous turn did not finish in " + lockWait);
            }
            LockSupport.parkNanos(backoff);
            backoff = Math.min(MAX_BACKOFF_NANOS, backoff * 2);
        }
    }

    /** True when the state was stored and the lock freed; false when the lock was no longer ours. */
    private boolean finish(Turn turn, String outcome, String value) {
        List<String> both = List.of(keys.turnLock(turn.conversationKey), keys.state(turn.conversationKey));
        Long done = RedisCalls.call("store the turn's state", () -> redis.execute(STORE_AND_UNLOCK, both,
                turn.token, outcome, value, Long.toString(idleExpiry.toMillis())));
        return Long.valueOf(1).equals(done);
    }
}
