package dk.unilogin.helper.bot.state;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per conversation key, held only while a turn runs: turns of one conversation are
 * serialized, turns of different conversations run concurrently. A key's lock is dropped when
 * nobody holds or waits for it, so memory does not grow with the number of conversations.
 */
public final class ConversationLocks implements TurnLock {
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    @Override
    public <T> T withLock(String key, Supplier<T> work) {
        Entry entry = locks.compute(key, (k, existing) -> {
            Entry e = existing != null ? existing : new Entry();
            e.users++;
            return e;
        });
        entry.lock.lock();
        try {
            return work.get();
        } finally {
            entry.lock.unlock();
            locks.computeIfPresent(key, (k, e) -> --e.users == 0 ? null : e);
        }
    }

    /** Keys with a turn running or waiting; for tests. */
    public int held() {
        return locks.size();
    }
}
