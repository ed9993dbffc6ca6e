package dk.unilogin.helper.app.telegram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The update ids this instance was delivered lately (the last thousand): for one instance. */
final class RecentWebhookDeliveries implements WebhookDeliveries {
    private static final int REMEMBERED = 1_000;

    private final Map<Integer, Boolean> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            });

    @Override
    public boolean firstDelivery(int updateId) {
        return recent.putIfAbsent(updateId, true) == null;
    }
}
