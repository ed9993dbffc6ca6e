package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.app.telegram.SendQueue.Job;
import dk.unilogin.helper.app.telegram.SendQueue.Pacing;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one way out to Telegram. Calls wait in a queue that keeps Telegram's limits (about 30
 * messages a second overall, one a second per chat) instead of dropping anything; a 429 waits
 * as long as Telegram asks, 5xx and network errors are retried with back-off, and a 403 (the
 * user blocked the bot) drops that chat's queue and reports the chat to {@code onBlocked}.
 */
final class TelegramSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    static final int MAX_TRANSIENT_ATTEMPTS = 8;
    static final int MAX_THROTTLED_ATTEMPTS = 30;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final TelegramClient client;
    private final LongConsumer onBlocked;
    private final SendQueue queue;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closing;
    private volatile boolean aborted;

    TelegramSender(TelegramClient client, LongConsumer onBlocked, Duration perChatInterval, int messagesPerSecond,
                   int workerCount) {
        this.client = client;
        this.onBlocked = onBlocked;
        this.queue = new SendQueue(perChatInterval.toNanos(), TimeUnit.SECONDS.toNanos(1) / messagesPerSecond);
        for (int i = 0; i < workerCount; i++) {
            Thread worker = new Thread(this::work, "telegram-sender-" + i);
            worker.setDaemon(true);
            workers.add(worker);
        }
    }

    /** Telegram's own limits, four calls in flight at a time. */
    static TelegramSender withTelegramLimits(TelegramClient client, LongConsumer onBlocked) {
        return new TelegramSender(client, onBlocked, Duration.ofSeconds(1), 30, 4);
    }

    void start() {
        workers.forEach(Thread::start);
    }

    void send(long chatId, BotApiMethod<? extends Serializable> method, Pacing pacing) {
        lock.lock();
        try {
            if (closing) {
                log.warn("Telegram sender is closing; {} for a chat not sent", method.getMethod());
                return;
            }
            queue.add(new Job(chatId, method, pacing, 1));
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Calls waiting or in flight; exported as the gauge {@code telegram.send.queue.depth}. */
    int depth() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        while (true) {
            Job job = next();
            if (job == null) {
                return;
            }
            try {
                client.execute(job.method());
                // Paced from when Telegram answered, so that its side never sees two within the interval.
                long answeredAt = System.nanoTime();
                settle(() -> queue.delivered(job, answeredAt));
            } catch (TelegramApiException e) {
                failed(job, SendFailure.classify(e), e);
            } catch (RuntimeException e) {
                log.error("Telegram {} failed unexpectedly; dropped", job.method().getMethod(), e);
                settle(() -> queue.dropped(job));
            }
        }
    }

    /** Blocks until a job may go; null when the sender is closed and drained (or aborted). */
    private Job next() {
        lock.lock();
        try {
            while (true) {
                if (aborted || (closing && queue.size() == 0)) {
                    changed.signalAll();
                    return null;
                }
                long now = System.nanoTime();
                Job job = queue.take(now);
                if (job != null) {
                    return job;
                }
                long wait = queue.nanosUntilReady(now);
                if (wait == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    changed.awaitNanos(Math.max(wait, 1_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void failed(Job job, SendFailure failure, TelegramApiException e) {
        String method = job.method().getMethod();
        switch (failure.kind()) {
            case THROTTLED -> {
                if (job.pacing() == Pacing.ACTION || job.attempt() >= MAX_THROTTLED_ATTEMPTS) {
                    log.warn("Telegram {} throttled {} times; dropped", method, job.attempt());
                    settle(() -> queue.dropped(job));
                } else {
                    log.info("Telegram {} throttled (429); retrying in {} s", method, failure.retryAfter().toSeconds());
                    long until = System.nanoTime() + failure.retryAfter().toNanos();
                    settle(() -> queue.retryAt(job.nextAttempt(), until));
                }
            }
            case TRANSIENT -> {
                if (job.pacing() == Pacing.ACTION || job.attempt() >= MAX_TRANSIENT_ATTEMPTS) {
                    log.error("Telegram {} failed {} times ({}); dropped", method, job.attempt(), describe(failure, e));
                    settle(() -> queue.dropped(job));
                } else {
                    Duration backoff = backoff(job.attempt());
                    log.warn("Telegram {} failed ({}); retry {} in {} ms", method, describe(failure, e), job.attempt(),
                            backoff.toMillis());
                    long until = System.nanoTime() + backoff.toNanos();
                    settle(() -> queue.retryAt(job.nextAttempt(), until));
                }
            }
            case BLOCKED -> {
                int[] dropped = new int[1];
                settle(() -> dropped[0] = queue.dropChat(job));
                log.info("Telegram {} refused with 403: the bot was blocked or removed; {} queued calls dropped",
                        method, dropped[0]);
                try {
                    onBlocked.accept(job.chatId());
                } catch (RuntimeException ex) {
                    log.error("Ending a blocked Telegram conversation failed", ex);
                }
            }
            case PERMANENT -> {
                SendMessage plain = failure.errorCode() == 400 && job.method() instanceof SendMessage html
                        ? PlainTextFallback.of(html) : null;
                if (plain != null) {
                    log.warn("Telegram refused the HTML of a message (400); sending it as plain text");
                    settle(() -> queue.retryAt(new Job(job.chatId(), plain, job.pacing(), job.attempt() + 1),
                            System.nanoTime()));
                } else {
                    log.error("Telegram refused {} with {}; dropped", method, failure.errorCode());
                    settle(() -> queue.dropped(job));
                }
            }
        }
    }

    static Duration backoff(int attempt) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 16);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    private static String describe(SendFailure failure, TelegramApiException e) {
        return failure.errorCode() != 0 ? "error " + failure.errorCode()
                : e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getClass().getSimpleName();
    }

    private void settle(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops taking calls, sends what is queued for up to {@code drain}, then gives up on the rest. */
    void close(Duration drain) {
        settle(() -> closing = true);
        long deadline = System.nanoTime() + drain.toNanos();
        for (Thread worker : workers) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int left = depth();
        if (left > 0) {
            log.warn("Telegram sender closed with {} calls unsent", left);
        }
        aborted = true;
        settle(() -> { });
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
