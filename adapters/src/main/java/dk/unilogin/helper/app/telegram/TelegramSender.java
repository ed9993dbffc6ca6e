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
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one way out to Telegram. Calls wait in a queue that keeps Telegram's limits (about 30
 * messages a second overall, one a second per chat) instead of dropping anything; failures are
 * retried as {@link RetryPolicy} says, and a 403 (the user blocked the bot) drops that chat's
 * queue and reports the chat to {@code onBlocked}.
 */
final class TelegramSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

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
        if (failure.kind() == SendFailure.Kind.BLOCKED) {
            int[] dropped = new int[1];
            settle(() -> dropped[0] = queue.dropChat(job));
            log.info("Telegram {} refused with 403: the bot was blocked or removed; {} queued calls dropped",
                    method, dropped[0]);
            try {
                onBlocked.accept(job.chatId());
            } catch (RuntimeException ex) {
                log.error("Ending a blocked Telegram conversation failed", ex);
            }
            return;
        }
        RetryPolicy.Decision decision = RetryPolicy.decide(job, failure);
        if (decision.givesUp()) {
            log.error("Telegram {} failed ({}) after {} attempt(s); dropped", method, describe(failure, e), job.attempt());
            settle(() -> queue.dropped(job));
            return;
        }
        log.warn("Telegram {} failed ({}); attempt {} in {} ms", method, describe(failure, e), job.attempt() + 1,
                decision.delay().toMillis());
        long until = System.nanoTime() + decision.delay().toNanos();
        settle(() -> queue.retryAt(decision.job(), until));
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
