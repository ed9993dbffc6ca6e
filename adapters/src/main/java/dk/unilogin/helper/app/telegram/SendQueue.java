package dk.unilogin.helper.app.telegram;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * The pending Bot API calls, one lane per chat, and the pacing rules: at most one message per
 * second in a chat, one message per global interval overall (chat actions and callback answers
 * are not messages and do not wait for it), a pause set by a 429 or a back-off.
 * Not thread-safe: {@link TelegramSender} guards it with its lock.
 */
final class SendQueue {

    enum Pacing {
        /** A message the user reads: paced per chat and retried until delivered. */
        MESSAGE,
        /** A chat action (typing): not a message, best effort, never retried. */
        ACTION,
        /** A call that is not a message (answerCallbackQuery, setMyCommands): retried, not paced per chat. */
        CONTROL
    }

    record Job(long chatId, BotApiMethod<? extends Serializable> method, Pacing pacing, int attempt) {
        Job nextAttempt() {
            return new Job(chatId, method, pacing, attempt + 1);
        }
    }

    private static final class Lane {
        final Deque<Job> jobs = new ArrayDeque<>();
        /** Earliest System.nanoTime() at which the head may go; null for "any time". */
        Long pausedUntil;
        Long lastMessageAt;
        boolean busy;
    }

    private final Map<Long, Lane> lanes = new LinkedHashMap<>();
    private final long perChatIntervalNanos;
    private final long globalIntervalNanos;
    private Long nextGlobalSlot;
    private int size;

    SendQueue(long perChatIntervalNanos, long globalIntervalNanos) {
        this.perChatIntervalNanos = perChatIntervalNanos;
        this.globalIntervalNanos = globalIntervalNanos;
    }

    void add(Job job) {
        lanes.computeIfAbsent(job.chatId(), id -> new Lane()).jobs.addLast(job);
        size++;
    }

    /** Jobs waiting or in flight. */
    int size() {
        return size;
    }

    /**
     * Takes the next job that may be sent at {@code now}, marking its lane busy so that a chat's
     * messages leave in order; returns null when none may go yet.
     */
    Job take(long now) {
        Iterator<Map.Entry<Long, Lane>> it = lanes.entrySet().iterator();
        while (it.hasNext()) {
            var entry = it.next();
            Lane lane = entry.getValue();
            if (lane.busy) {
                continue;
            }
            if (lane.jobs.isEmpty()) {
                if (waitNanos(lane, now, true) == 0) {
                    it.remove(); // idle and no longer pacing anything
                }
                continue;
            }
            if (readyIn(lane, now) > 0) {
                continue;
            }
            Job job = lane.jobs.pollFirst();
            lane.busy = true;
            // Move the lane to the back so that one busy chat does not starve the others.
            it.remove();
            lanes.put(entry.getKey(), lane);
            if (job.pacing() == Pacing.MESSAGE) {
                nextGlobalSlot = now + globalIntervalNanos;
            }
            return job;
        }
        return null;
    }

    /** Nanoseconds from {@code now} until some job might be ready; Long.MAX_VALUE when none waits. */
    long nanosUntilReady(long now) {
        long best = Long.MAX_VALUE;
        for (Lane lane : lanes.values()) {
            if (!lane.busy && !lane.jobs.isEmpty()) {
                best = Math.min(best, readyIn(lane, now));
            }
        }
        return best;
    }

    void delivered(Job job, long sentAt) {
        Lane lane = lanes.get(job.chatId());
        if (job.pacing() == Pacing.MESSAGE) {
            lane.lastMessageAt = sentAt;
        }
        finish(job.chatId(), lane);
    }

    void dropped(Job job) {
        finish(job.chatId(), lanes.get(job.chatId()));
    }

    /** Puts the job back at the head of its lane and pauses the lane until {@code until}. */
    void retryAt(Job job, long until) {
        Lane lane = lanes.get(job.chatId());
        lane.jobs.addFirst(job);
        lane.pausedUntil = until;
        lane.busy = false;
    }

    /** Drops everything queued for a chat (it blocked the bot); returns how many were dropped. */
    int dropChat(Job inFlight) {
        Lane lane = lanes.remove(inFlight.chatId());
        int dropped = lane == null ? 0 : lane.jobs.size();
        size -= dropped + 1;
        return dropped;
    }

    private void finish(long chatId, Lane lane) {
        size--;
        lane.busy = false;
    }

    /** How long the lane's head must still wait; only messages count against the global rate. */
    private long readyIn(Lane lane, long now) {
        long wait = waitNanos(lane, now, false);
        if (lane.jobs.peekFirst().pacing() == Pacing.MESSAGE && nextGlobalSlot != null) {
            wait = Math.max(wait, nextGlobalSlot - now);
        }
        return wait;
    }

    /**
     * How long the lane must still wait at {@code now}. For an idle lane ({@code idle}), whether
     * any pause or pacing still applies, so that it can be forgotten once none does.
     */
    private long waitNanos(Lane lane, long now, boolean idle) {
        long wait = 0;
        if (lane.pausedUntil != null) {
            wait = Math.max(wait, lane.pausedUntil - now);
        }
        Job head = lane.jobs.peekFirst();
        boolean paced = idle || (head != null && head.pacing() == Pacing.MESSAGE);
        if (paced && lane.lastMessageAt != null) {
            wait = Math.max(wait, lane.lastMessageAt + perChatIntervalNanos - now);
        }
        return wait;
    }
}
