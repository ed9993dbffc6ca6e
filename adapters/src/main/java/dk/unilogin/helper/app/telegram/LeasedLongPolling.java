package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.app.store.RedisCalls;
import dk.unilogin.helper.app.store.StoreUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Long polling on one instance at a time when several share a Redis: Telegram allows one
 * getUpdates caller per bot. Each instance tries, every third of the lease, to take or renew a
 * lease key holding its own random token. The holder polls; the others wait. A holder that stops
 * releases the lease at once; one that dies leaves it to expire, and another instance takes over
 * within one lease. A holder that cannot renew (Redis away) stops polling before its lease runs
 * out, so two instances never poll at once for long.
 */
final class LeasedLongPolling implements PollingRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LeasedLongPolling.class);
    /** Takes the lease if free, or renews it if ours. */
    private static final RedisScript<Long> TAKE_OR_RENEW = RedisScript.of("""
            local holder = redis.call('get', KEYS[1])
            if holder == false or holder == ARGV[1] then
              redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            return 0""", Long.class);
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('del', KEYS[1])
            end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final Duration lease;
    private final Supplier<PollingRunner> pollingFactory;
    private final String token = UUID.randomUUID().toString();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telegram-polling-lease");
        thread.setDaemon(true);
        return thread;
    });
    private PollingRunner polling;
    private long renewedAtNanos;
    private boolean closed;

    LeasedLongPolling(StringRedisTemplate redis, String key, Duration lease, Supplier<PollingRunner> pollingFactory) {
        this.redis = redis;
        this.key = key;
        this.lease = lease;
        this.pollingFactory = pollingFactory;
    }

    @Override
    public void start() {
        long every = Math.max(50, lease.toMillis() / 3);
        timer.scheduleWithFixedDelay(this::takeOrRenew, 0, every, TimeUnit.MILLISECONDS);
    }

    synchronized boolean polling() {
        return polling != null;
    }

    private synchronized void takeOrRenew() {
        if (closed) {
            return;
        }
        try {
            Long held = RedisCalls.call("take or renew the Telegram polling lease",
                    () -> redis.execute(TAKE_OR_RENEW, List.of(key), token, Long.toString(lease.toMillis())));
            if (Long.valueOf(1).equals(held)) {
                renewedAtNanos = System.nanoTime();
                if (polling == null) {
                    LOG.info("This instance holds the Telegram polling lease and polls now");
                    polling = pollingFactory.get();
                    polling.start();
                }
            } else if (polling != null) {
                LOG.warn("Another instance holds the Telegram polling lease; this one stops polling");
                stopPolling();
            }
        } catch (StoreUnavailableException e) {
            if (polling != null && System.nanoTime() - renewedAtNanos > lease.toNanos() * 2 / 3) {
                LOG.warn("Cannot renew the Telegram polling lease ({}); stopping polling before it runs out", e.getMessage());
                stopPolling();
            }
        } catch (RuntimeException e) {
            // Creating the poller failed (its offset could not be read): let the lease go, try again next time.
            LOG.error("Telegram polling could not start: {}", e.getClass().getName());
            stopPolling();
            release();
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.close();
            polling = null;
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        synchronized (this) {
            closed = true;
            boolean held = polling != null;
            stopPolling();
            if (held) {
                release();
            }
        }
    }

    private void release() {
        try {
            RedisCalls.call("release the Telegram polling lease", () -> redis.execute(RELEASE, List.of(key), token));
        } catch (StoreUnavailableException e) {
            LOG.warn("Could not release the Telegram polling lease ({}); it expires by itself", e.getMessage());
        }
    }
}
