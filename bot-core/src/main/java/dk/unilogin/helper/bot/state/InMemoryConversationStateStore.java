package dk.unilogin.helper.bot.state;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default store: in memory, bounded in size, forgetting conversations idle longer than
 * the expiry (counted from the last save). Turns of different conversations do not wait for
 * each other: entries live in a concurrent map, and the sweeps that drop idle conversations,
 * or the least recently used ones when the store is full, run now and then on one thread at a
 * time instead of on every access under one lock.
 */
public final class InMemoryConversationStateStore implements ConversationStateStore {
    public static final Duration DEFAULT_IDLE_EXPIRY = Duration.ofMinutes(30);
    public static final int DEFAULT_MAX_CONVERSATIONS = 100_000;
    /** A store above this size drops a hundredth more than needed when full, so a flood does not sweep on every save. */
    private static final int BATCH_EVICTION_FROM = 1024;

    private static final class Entry {
        final ConversationState state;
        final long savedMillis;
        /** When it was last loaded or saved, on the store's own counter: the least recently used goes first. */
        volatile long lastUse;

        Entry(ConversationState state, long savedMillis, long use) {
            this.state = state;
            this.savedMillis = savedMillis;
            this.lastUse = use;
        }
    }

    private record Use(String key, Entry entry, long at) {
    }

    private final Clock clock;
    private final long idleMillis;
    private final long sweepEveryMillis;
    private final int maxConversations;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>(1024);
    private final AtomicLong uses = new AtomicLong();
    private final AtomicLong nextSweepMillis = new AtomicLong(Long.MIN_VALUE);

    public InMemoryConversationStateStore(Clock clock, Duration idleExpiry, int maxConversations) {
        if (idleExpiry.isNegative() || idleExpiry.isZero()) {
            throw new IllegalArgumentException("idle expiry must be positive: " + idleExpiry);
        }
        if (maxConversations < 1) {
            throw new IllegalArgumentException("max conversations must be positive: " + maxConversations);
        }
        this.clock = clock;
        this.idleMillis = idleExpiry.toMillis();
        // Idle conversations are dropped at most a sixtieth of the expiry late (30 s for 30 minutes).
        this.sweepEveryMillis = Math.max(1, idleMillis / 60);
        this.maxConversations = maxConversations;
    }

    public InMemoryConversationStateStore(Clock clock) {
        this(clock, DEFAULT_IDLE_EXPIRY, DEFAULT_MAX_CONVERSATIONS);
    }

    @Override
    public Optional<ConversationState> load(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (expired(entry, clock.millis())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        entry.lastUse = uses.incrementAndGet();
        return Optional.of(entry.state);
    }

    @Override
    public void save(String key, ConversationState state) {
        long now = clock.millis();
        entries.put(key, new Entry(state, now, uses.incrementAndGet()));
        if (entries.size() > maxConversations) {
            sweep(now);
        } else {
            long due = nextSweepMillis.get();
            if (now >= due && nextSweepMillis.compareAndSet(due, now + sweepEveryMillis)) {
                sweep(now);
            }
        }
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }

    @Override
    public int size() {
        sweep(clock.millis());
        return entries.size();
    }

    /** Drops the idle conversations, then, when still over the limit, the least recently used. */
    private synchronized void sweep(long now) {
        entries.entrySet().removeIf(e -> expired(e.getValue(), now));
        int excess = entries.size() - maxConversations;
        if (excess <= 0) {
            return;
        }
        int drop = excess + (maxConversations >= BATCH_EVICTION_FROM ? maxConversations / 100 : 0);
        // Uses read once: turns running meanwhile must not reorder the list while it is sorted.
        List<Use> byUse = new ArrayList<>(entries.size());
        entries.forEach((key, entry) -> byUse.add(new Use(key, entry, entry.lastUse)));
        byUse.sort(Comparator.comparingLong(Use::at));
        for (int i = 0; i < drop && i < byUse.size(); i++) {
            entries.remove(byUse.get(i).key(), byUse.get(i).entry());
        }
    }

    private boolean expired(Entry entry, long now) {
        return entry.savedMillis + idleMillis <= now;
    }
}
