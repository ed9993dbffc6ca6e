package dk.unilogin.helper.app.directline;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The streams open on this instance, by conversation, waiting to hear of appends. */
final class ActivityListeners {
    private final ConcurrentMap<String, List<ActivityLog.Listener>> listeners = new ConcurrentHashMap<>();

    ActivityLog.Subscription subscribe(String conversationId, ActivityLog.Listener listener) {
        listeners.compute(conversationId, (id, list) -> {
            List<ActivityLog.Listener> current = list == null ? new CopyOnWriteArrayList<>() : list;
            current.add(listener);
            return current;
        });
        return () -> listeners.computeIfPresent(conversationId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void appended(String conversationId) {
        for (ActivityLog.Listener listener : listeners.getOrDefault(conversationId, List.of())) {
            listener.appended();
        }
    }

    void ended(String conversationId) {
        List<ActivityLog.Listener> waiting = listeners.remove(conversationId);
        if (waiting != null) {
            waiting.forEach(ActivityLog.Listener::ended);
        }
    }
}
