package dk.unilogin.helper.app.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates by long polling with the library's {@link TelegramBotsLongPollingApplication},
 * committing offsets ourselves: each update is handled in order and its id recorded before the
 * next one, and getUpdates always asks from the last recorded id. So Telegram keeps every update
 * that is not yet handled, and a restart neither loses nor repeats one.
 */
final class TelegramLongPolling implements PollingRunner {

    private static final Logger log = LoggerFactory.getLogger(TelegramLongPolling.class);
    static final List<String> ALLOWED_UPDATES = List.of(
            "message", "edited_message", "channel_post", "edited_channel_post", "callback_query", "my_chat_member");
    private static final int BATCH_LIMIT = 100;

    private final String token;
    private final TelegramUrl url;
    private final Duration pollTimeout;
    private final UpdateOffsets offsets;
    private final Consumer<Update> handler;
    private final ReentrantLock handling = new ReentrantLock();
    private final ScheduledExecutorService pollerExecutor = Executors.newSingleThreadScheduledExecutor(daemon());
    private volatile boolean closed;
    private TelegramBotsLongPollingApplication application;

    TelegramLongPolling(String token, TelegramUrl url, Duration pollTimeout, UpdateOffsets offsets,
                        Consumer<Update> handler) {
        this.token = token;
        this.url = url;
        this.pollTimeout = pollTimeout;
        this.offsets = offsets;
        this.handler = handler;
    }

    /** Registers the bot and starts polling; retries in the background while Telegram is unreachable. */
    @Override
    public void start() {
        application = new TelegramBotsLongPollingApplication(
                () -> new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(),
                () -> pollerExecutor,
                ExponentialBackOff::new);
        Thread starter = new Thread(this::register, "telegram-polling-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void register() {
        Duration wait = Duration.ofSeconds(1);
        while (!closed) {
            try {
                application.registerBot(token, () -> url, this::nextRequest, this::consume);
                log.info("Telegram long polling started from update {}", offsets.lastHandled() + 1);
                return;
            } catch (Exception e) {
                log.warn("Telegram long polling could not start ({}); retrying in {} s", e.getMessage(),
                        wait.toSeconds());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1)
                        : wait.multipliedBy(2);
            }
        }
    }

    /** Ignores the library's own "last received" count: only what is handled moves the offset. */
    GetUpdates nextRequest(Integer lastReceivedByLibrary) {
        return GetUpdates.builder()
                .offset((int) (offsets.lastHandled() + 1))
                .limit(BATCH_LIMIT)
                .timeout((int) pollTimeout.toSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    /** Called on the poller thread; returns only when the batch is handled, so polling never runs ahead. */
    void consume(List<Update> updates) {
        handling.lock();
        try {
            updates.stream().sorted(Comparator.comparing(Update::getUpdateId)).forEach(update -> {
                if (closed || update.getUpdateId() <= offsets.lastHandled()) {
                    return;
                }
                handler.accept(update);
                offsets.commit(update.getUpdateId());
            });
        } finally {
            handling.unlock();
        }
    }

    /** Stops polling after the update in hand; updates fetched but not handled are fetched again next time. */
    @Override
    public void close() {
        closed = true;
        try {
            if (application != null) {
                application.close();
            }
        } catch (Exception e) {
            log.warn("Closing Telegram long polling failed", e);
        }
        handling.lock(); // waits for the update being handled, if any
        handling.unlock();
        // No interrupt: a getUpdates in flight ends by its timeout on a daemon thread, and its result is ignored.
        pollerExecutor.shutdown();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "telegram-polling");
            thread.setDaemon(true);
            return thread;
        };
    }
}
