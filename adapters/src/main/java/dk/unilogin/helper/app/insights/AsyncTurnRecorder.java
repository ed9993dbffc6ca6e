package dk.unilogin.helper.app.insights;

import dk.unilogin.helper.app.security.PersonalDataRedactor;
import dk.unilogin.helper.bot.insights.TurnRecord;
import dk.unilogin.helper.bot.insights.TurnRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records turns off the turn's thread: {@link #record} redacts the text a second time and
 * queues it, so it never blocks or fails a turn and no unredacted text waits in the queue; a
 * single writer thread writes in batches. The redaction is done by the turn's thread because
 * it is most of the work: under load one writer thread among many busy request threads gets
 * too small a share of the processors to keep up with it. A full queue (database down for
 * long) drops turns and counts them. On close the queue is drained, so a graceful shutdown
 * loses nothing already answered.
 */
public final class AsyncTurnRecorder implements TurnRecorder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AsyncTurnRecorder.class);
    private static final int BATCH = 500;

    private final TurnStore store;
    private final BlockingQueue<TurnRecord> queue;
    private final Thread writer;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closing;

    public AsyncTurnRecorder(TurnStore store, int capacity) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::writeLoop, "insights-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void record(TurnRecord turn) {
        if (turn == null || closing) {
            return;
        }
        if (queue.offer(redacted(turn))) {
            accepted.incrementAndGet();
        } else {
            dropped.incrementAndGet();
        }
    }

    private void writeLoop() {
        List<TurnRecord> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                TurnRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<TurnRecord> batch) {
        try {
            store.insert(batch);
            written.addAndGet(batch.size());
        } catch (RuntimeException e) {
            failed.addAndGet(batch.size());
            // The exception's message may quote the values: log its kind only.
            log.warn("Could not store {} recorded turn(s): {}", batch.size(), e.getClass().getSimpleName());
        }
    }

    private static TurnRecord redacted(TurnRecord turn) {
        return new TurnRecord(turn.time(), turn.channelId(), null, turn.schoolId(),
                PersonalDataRedactor.redact(turn.redactedText()), turn.outcome(), turn.passageId(),
                turn.confidence(), turn.helpful());
    }

    /** Waits until every accepted turn is written or has failed; for tests and shutdown. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written.get() + failed.get() < accepted.get()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    public int queued() {
        return queue.size();
    }

    public long written() {
        return written.get();
    }

    public long failed() {
        return failed.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /** Stops taking turns and writes what is queued (at most about ten seconds). */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        writer.join(Duration.ofSeconds(10).toMillis());
        if (writer.isAlive()) {
            writer.interrupt();
            log.warn("Insights writer stopped with {} turn(s) unwritten", queue.size());
        }
    }
}
