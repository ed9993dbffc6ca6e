package dk.unilogin.helper.bot.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The default store: in memory, bounded in size, forgetting conversations idle longer than
 * the expiry. Entries are kept in access order, so both the idle ones and, when full, the
 * least recently used ones are found at the head. Operations are O(1) (amortised) and take
 * one short lock.
 */
public final class InMemoryConversationStateStore implements ConversationStateStore {
    public static final Duration DEFAULT_IDLE_EXPIRY = Duration.ofMinutes(30);
    public static final int DEFAULT_MAX_CONVERSATIONS = 100_000;

    private record Entry(ConversationState state, Instant lastUsed) {
    }

    private final Clock clock;
    private final Duration idleExpiry;
    private final int maxConversations;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);

    public InMemoryConversationStateStore(Clock clock, Duration idleExpiry, int maxConversations) {
        if (idleExpiry.isNegative() || idleExpiry.isZero()) {
            throw new IllegalArgumentException("idle expiry must be positive: " + idleExpiry);
        }
        if (maxConversations < 1) {
            throw new IllegalArgumentException("max conversations must be positive: " + maxConversations);
        }
        this.clock = clock;
        this.idleExpiry = idleExpiry;
        this.maxConversations = maxConversations;
    }

    public InMemoryConversationStateStore(Clock clock) {
        this(clock, DEFAULT_IDLE_EXPIRY, DEFAULT_MAX_CONVERSATIONS);
    }

    @Override
    public synchronized Optional<ConversationState> load(String key) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (expired(entry, now)) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.state());
    }

    @Override
    public synchronized void save(String key, ConversationState state) {
        Instant now = clock.instant();
        entries.put(key, new Entry(state, now));
        evict(now);
    }

    @Override
    public synchronized void remove(String key) {
        entries.remove(key);
    }

    @Override
    public synchronized int size() {
        evict(clock.instant());
        return entries.size();
    }

    private void evict(Instant now) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Entry> eldest = it.next();
            if (entries.size() > maxConversations || expired(eldest.getValue(), now)) {
                it.remove();
            } else {
                break;
            }
        }
    }

    private boolean expired(Entry entry, Instant now) {
        return !entry.lastUsed().plus(idleExpiry).isAfter(now);
    }
}
