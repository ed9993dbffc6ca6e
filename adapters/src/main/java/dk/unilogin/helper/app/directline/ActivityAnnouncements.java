package dk.unilogin.helper.app.directline;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;

/**
 * Hears the appends every instance announces on the Redis channel and hands them to the
 * {@link RedisActivityLog} of this one, whose open streams then read on. The streams read
 * Redis and write to sockets, so that happens on two threads of its own, never on the
 * Redis client's I/O thread that delivers the message.
 */
final class ActivityAnnouncements implements MessageListener, AutoCloseable {
    private static final int RELAY_THREADS = 2;

    private final RedisActivityLog log;
    private final ExecutorService relay;

    ActivityAnnouncements(RedisActivityLog log) {
        this.log = log;
        AtomicInteger count = new AtomicInteger();
        this.relay = Executors.newFixedThreadPool(RELAY_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "directline-relay-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String announcement = new String(message.getBody(), StandardCharsets.UTF_8);
        relay.execute(() -> log.announced(announcement));
    }

    @Override
    public void close() {
        relay.shutdownNow();
    }
}
