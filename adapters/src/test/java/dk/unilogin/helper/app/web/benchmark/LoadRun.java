package dk.unilogin.helper.app.web.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives the open conversations along a schedule. Open loop: every request has a planned
 * start and its latency counts from then, so a stalled server cannot hide its queue
 * (no coordinated omission). Each conversation has its own thread and connection and
 * takes the next planned slot when its previous answer has come.
 */
final class LoadRun {
    private static final String[] QUESTIONS = {
        "mit barn har glemt sin kode",
        "hvordan finder jeg mit barns brugernavn til unilogin",
        "jeg kan ikke logge på aula",
        "hvad er unilogin",
        "min søn kan ikke huske sin adgangskode",
        "hvordan får jeg mit unilogin som forælder",
        "my child forgot the password",
        "tak for hjælpen",
        "jeg har glemt mit brugernavn",
        "hvor logger man på med nemid",
    };

    private final InetSocketAddress server;
    private final List<OpenConversation> conversations;

    LoadRun(InetSocketAddress server, List<OpenConversation> conversations) {
        this.server = server;
        this.conversations = conversations;
    }

    /** What a warm-up followed by a measured run gave: one report for each part. */
    record Reports(LatencyReport warmUp, LatencyReport measured) {
    }

    /**
     * Warms up along {@code warmUp}, then goes straight on along {@code measured}: the same
     * threads and connections, no pause between the two, as traffic reaches a server that has
     * been in service for a while. {@code atMeasuredStart} runs (on a thread of its own) when
     * the measured part begins, to read the server's CPU time or start a recording then.
     */
    Reports run(LoadSchedule warmUp, LoadSchedule measured, double windowSeconds, Runnable atMeasuredStart)
            throws InterruptedException {
        long warmUpSlots = warmUp.plannedSlots();
        long boundary = (long) (warmUp.seconds() * 1e9);
        long start = System.nanoTime() + 50_000_000L;
        AtomicLong slots = new AtomicLong();
        AtomicLong[] errors = {new AtomicLong(), new AtomicLong()};
        List<LatencySamples> warmSamples = new ArrayList<>();
        List<LatencySamples> measuredSamples = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(conversations.size());
        for (int i = 0; i < conversations.size(); i++) {
            LatencySamples[] mine = {new LatencySamples(), new LatencySamples()};
            warmSamples.add(mine[0]);
            measuredSamples.add(mine[1]);
            OpenConversation conversation = conversations.get(i);
            int firstQuestion = i;
            Thread worker = new Thread(() -> {
                try (ChatConnection connection = new ChatConnection(server)) {
                    for (int question = firstQuestion; ; question++) {
                        long slot = slots.getAndIncrement();
                        int part = slot < warmUpSlots ? 0 : 1;
                        long offset = part == 0 ? warmUp.plannedOffsetNanos(slot)
                                : measured.plannedOffsetNanos(slot - warmUpSlots);
                        if (offset < 0) {
                            break;
                        }
                        long planned = start + (part == 0 ? 0 : boundary) + offset;
                        for (long wait = planned - System.nanoTime(); wait > 0; wait = planned - System.nanoTime()) {
                            LockSupport.parkNanos(wait); // may wake early: park again
                        }
                        if (!ask(connection, conversation, QUESTIONS[question % QUESTIONS.length])) {
                            errors[part].incrementAndGet();
                        }
                        mine[part].add(offset, System.nanoTime() - planned);
                    }
                } finally {
                    done.countDown();
                }
            }, "conversation-" + i);
            worker.setDaemon(true);
            worker.start();
        }
        Thread hook = new Thread(() -> {
            for (long wait = start + boundary - System.nanoTime(); wait > 0; wait = start + boundary - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            atMeasuredStart.run();
        }, "measured-start");
        hook.setDaemon(true);
        hook.start();
        done.await();
        hook.join();
        long elapsed = System.nanoTime() - start;
        return new Reports(LatencyReport.of(warmSamples, errors[0].get(), Math.min(elapsed, boundary), windowSeconds),
                LatencyReport.of(measuredSamples, errors[1].get(), Math.max(0, elapsed - boundary), windowSeconds));
    }

    /** The question number {@code n} of the run's mix, for other runs that ask the same. */
    static String question(long n) {
        return QUESTIONS[(int) (n % QUESTIONS.length)];
    }

    /** Posts {@code text} to the conversation; true when the bot answered with activities. */
    static boolean ask(ChatConnection connection, OpenConversation conversation, String text) {
        try {
            ChatConnection.Response response = connection.post(
                    "/api/conversations/" + conversation.id() + "/activities", conversation.token(),
                    "{\"text\":\"" + text + "\"}");
            return response.status() == 200 && response.body().contains("\"activities\"");
        } catch (IOException e) {
            return false;
        }
    }
}
