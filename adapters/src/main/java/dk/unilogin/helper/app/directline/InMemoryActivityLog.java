package dk.unilogin.helper.app.directline;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link ActivityLog} in this instance's memory: the newest {@code kept} activities per conversation. */
final class InMemoryActivityLog implements ActivityLog {
    private final ConcurrentMap<String, Entries> conversations = new ConcurrentHashMap<>();
    private final ActivityListeners listeners = new ActivityListeners();
    private final int kept;
    private final Clock clock;

    InMemoryActivityLog(int kept, Clock clock) {
        this.kept = Math.max(1, kept);
        this.clock = clock;
    }

    @Override
    public List<DirectLineActivity> append(String conversationId, List<DirectLineActivity> activities) {
        Entries entries = conversations.computeIfAbsent(conversationId, id -> new Entries());
        List<DirectLineActivity> stored = new ArrayList<>(activities.size());
        synchronized (entries) {
            for (DirectLineActivity activity : activities) {
                long sequence = ++entries.lastSequence;
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                // Strictly later than the one before: Web Chat sorts the transcript by timestamp.
                Instant at = entries.lastTimestamp != null && !now.isAfter(entries.lastTimestamp)
                        ? entries.lastTimestamp.plusMillis(1) : now;
                entries.lastTimestamp = at;
                DirectLineActivity withId = activity.stamped(conversationId + "|" + String.format("%07d", sequence),
                        at.toString());
                entries.items.addLast(new Stored(sequence, withId));
                if (entries.items.size() > kept) {
                    entries.items.removeFirst();
                }
                stored.add(withId);
            }
        }
        listeners.appended(conversationId);
        return stored;
    }

    @Override
    public ActivitySet since(String conversationId, long watermark) {
        Entries entries = conversations.get(conversationId);
        if (entries == null) {
            return new ActivitySet(List.of(), Long.toString(Math.max(0, watermark)));
        }
        synchronized (entries) {
            List<DirectLineActivity> after = new ArrayList<>();
            for (Stored stored : entries.items) {
                if (stored.sequence > watermark) {
                    after.add(stored.activity);
                }
            }
            return new ActivitySet(after, Long.toString(Math.max(watermark, entries.lastSequence)));
        }
    }

    @Override
    public Subscription subscribe(String conversationId, Listener listener) {
        return listeners.subscribe(conversationId, listener);
    }

    @Override
    public void forget(String conversationId) {
        conversations.remove(conversationId);
        listeners.ended(conversationId);
    }

    private static final class Entries {
        final Deque<Stored> items = new ArrayDeque<>();
        long lastSequence;
        Instant lastTimestamp;
    }

    private record Stored(long sequence, DirectLineActivity activity) {
    }
}
