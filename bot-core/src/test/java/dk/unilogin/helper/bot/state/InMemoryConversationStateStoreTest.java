package dk.unilogin.helper.bot.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryConversationStateStoreTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T20:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final ConversationState english = ConversationState.NEW.withLanguage(Language.EN);

    @Test
    void aConversationIdleForThirtyMinutesIsForgotten() {
        var store = new InMemoryConversationStateStore(clock);
        store.save("a", english);
        clock.advance(Duration.ofMinutes(29));
        assertThat(store.load("a")).contains(english);
        store.save("a", english);
        clock.advance(Duration.ofMinutes(29));
        assertThat(store.load("a")).as("each turn's save renews the idle time").contains(english);
        clock.advance(Duration.ofMinutes(1));
        assertThat(store.load("a")).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedConversationGoesWhenFull() {
        var store = new InMemoryConversationStateStore(clock, Duration.ofMinutes(30), 2);
        store.save("a", english);
        store.save("b", english);
        store.load("a");
        store.save("c", english);
        assertThat(store.load("b")).isEmpty();
        assertThat(store.load("a")).isPresent();
        assertThat(store.load("c")).isPresent();
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void expiredConversationsAreSweptWhenOthersAreSaved() {
        var store = new InMemoryConversationStateStore(clock);
        for (int i = 0; i < 100; i++) {
            store.save("old-" + i, english);
        }
        clock.advance(Duration.ofMinutes(31));
        store.save("new", english);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void conversationsWithinTheLimitAreNeverLostWhileManyAreSavedAtOnce() throws Exception {
        var store = new InMemoryConversationStateStore(clock, Duration.ofMinutes(30), 2_000);
        var lost = new java.util.concurrent.atomic.AtomicInteger();
        runConcurrently(8, thread -> {
            for (int round = 0; round < 25; round++) {
                for (int i = 0; i < 200; i++) {
                    store.save(thread + "-" + i, english);
                    if (store.load(thread + "-" + i).isEmpty()) {
                        lost.incrementAndGet();
                    }
                }
            }
        });
        assertThat(lost).as("1,600 conversations in a store for 2,000").hasValue(0);
        assertThat(store.size()).isEqualTo(1_600);
    }

    @Test
    void aFloodOfConversationsSavedAtOnceStaysWithinTheLimit() throws Exception {
        var store = new InMemoryConversationStateStore(clock, Duration.ofMinutes(30), 2_000);
        runConcurrently(8, thread -> {
            for (int i = 0; i < 5_000; i++) {
                store.save(thread + "-" + i, english);
            }
        });
        assertThat(store.size()).isBetween(1, 2_000);
        store.save("latest", english);
        assertThat(store.load("latest")).contains(english);
    }

    private static void runConcurrently(int threads, java.util.function.IntConsumer work) throws InterruptedException {
        List<Thread> running = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(new Thread(() -> work.accept(thread)));
        }
        running.forEach(Thread::start);
        for (Thread thread : running) {
            thread.join();
        }
    }

    @Test
    void removeForgetsAConversation() {
        var store = new InMemoryConversationStateStore(clock);
        store.save("a", english);
        store.remove("a");
        assertThat(store.load("a")).isEmpty();
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThatThrownBy(() -> new InMemoryConversationStateStore(clock, Duration.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryConversationStateStore(clock, Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stateIsAPlainSerializableValue() throws Exception {
        ConversationState state = ConversationState.NEW.withSchool("vestskolen")
                .answered("ingen-adgang", "der står ingen adgang")
                .withDialog(DialogState.clarifying(List.of("foraelder-brugernavn", "elev-brugernavn"), "glemt"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(state);
        }
    }
}
