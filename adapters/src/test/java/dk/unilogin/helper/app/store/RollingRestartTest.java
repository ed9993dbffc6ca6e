package dk.unilogin.helper.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rolling deploy under traffic: parents walk through the steps of a guide on two instances
 * while each instance in turn is taken out of rotation, stopped and started again. Every
 * request succeeds and every walk goes on at its step: no conversation is lost.
 */
class RollingRestartTest {
    private static final int PARENTS = 3;

    @RegisterExtension
    static final RedisServer redis = new RedisServer();

    /** What a load balancer does: sends each request to an instance in rotation, drains one before it stops. */
    static final class Rotation {
        private final AppInstance[] instances;
        private final ReentrantReadWriteLock[] draining;
        private final AtomicInteger next = new AtomicInteger();

        Rotation(AppInstance... instances) {
            this.instances = instances;
            this.draining = new ReentrantReadWriteLock[instances.length];
            for (int i = 0; i < instances.length; i++) {
                draining[i] = new ReentrantReadWriteLock();
            }
        }

        Response send(Conversation conversation, String json) {
            return route(client -> client.say(conversation, json));
        }

        Conversation open() {
            return route(HttpTestClient::open);
        }

        private <T> T route(java.util.function.Function<HttpTestClient, T> request) {
            while (true) {
                int i = Math.floorMod(next.getAndIncrement(), instances.length);
                if (draining[i].readLock().tryLock()) {
                    try {
                        return request.apply(instances[i].client());
                    } finally {
                        draining[i].readLock().unlock();
                    }
                }
            }
        }

        void restart(int i) {
            draining[i].writeLock().lock(); // out of rotation once its requests in flight are done
            try {
                instances[i].close();
                instances[i] = AppInstance.start(redis);
            } finally {
                draining[i].writeLock().unlock();
            }
        }

        void closeAll() {
            for (AppInstance instance : instances) {
                instance.close();
            }
        }
    }

    @Test
    void restartingEachInstanceInTurnUnderTrafficLosesNoConversationAndFailsNoRequest() throws Exception {
        Rotation rotation = new Rotation(AppInstance.start(redis), AppInstance.start(redis));
        AtomicBoolean deploying = new AtomicBoolean(true);
        AtomicInteger turns = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService parents = Executors.newFixedThreadPool(PARENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < PARENTS; p++) {
                running.add(parents.submit(() -> {
                    while (deploying.get() && failures.isEmpty()) {
                        walkTheGuide(rotation, turns, failures);
                    }
                }));
            }
            rotation.restart(0);
            rotation.restart(1);
            deploying.set(false);
            for (Future<?> parent : running) {
                parent.get(60, TimeUnit.SECONDS);
            }
        } finally {
            parents.shutdownNow();
            rotation.closeAll();
        }
        assertThat(failures).isEmpty();
        assertThat(turns.get()).as("traffic ran during both restarts").isGreaterThan(20);
        System.out.printf("Rolling restart: %d turns, none failed%n", turns.get());
    }

    /** Opens a conversation and walks all eight steps, checking that each reply is the next step. */
    private static void walkTheGuide(Rotation rotation, AtomicInteger turns, ConcurrentLinkedQueue<String> failures) {
        Conversation conversation = rotation.open();
        expect(rotation, conversation, "hvordan får jeg mit unilogin som forælder", "Sådan får du dit Unilogin brugernavn", turns, failures);
        expect(rotation, conversation, "trin for trin", "Trin 1 af 8", turns, failures);
        for (int step = 2; step <= 8 && failures.isEmpty(); step++) {
            expect(rotation, conversation, "næste", "Trin " + step + " af 8", turns, failures);
        }
    }

    private static void expect(Rotation rotation, Conversation conversation, String text, String expected,
            AtomicInteger turns, ConcurrentLinkedQueue<String> failures) {
        Response reply = rotation.send(conversation, HttpTestClient.json("text", text));
        turns.incrementAndGet();
        if (reply.status() != 200 || !reply.body().contains(expected)) {
            failures.add("'" + text + "' expected '" + expected + "' but got " + reply.status() + " " + reply.body());
        }
    }
}
