package dk.unilogin.helper.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.conversation.TestSchools;
import dk.unilogin.helper.bot.school.SchoolContact;
import dk.unilogin.helper.bot.school.SchoolProfile;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 1,000 conversations × 10 turns on a thread pool, their turns interleaved. Each conversation
 * belongs to its own school (its own phone number) and its own language, so a reply built from
 * another conversation's state would show.
 */
class ConcurrentConversationsTest {
    private static final int CONVERSATIONS = 1_000;
    private static final int TURNS = 10;

    private static String phone(int i) {
        return String.format("+45 99 %06d", i);
    }

    @Test
    void everyReplyBelongsToItsOwnConversationAndStateNeverLeaks() throws Exception {
        List<SchoolProfile> schools = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            schools.add(new SchoolProfile("skole-" + i, "Skole nummer " + i,
                    new SchoolContact(phone(i), null, null, null), List.of(), null, List.of(), null));
        }
        InMemoryConversationStateStore store = new InMemoryConversationStateStore(java.time.Clock.systemUTC());
        TurnProcessor bot = UniloginBot.builder().knowledge(KnowledgeLoader.loadBundled())
                .schools(new TestSchools(schools)).stateStore(store).build();

        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                int n = i;
                futures.add(pool.submit(() -> converse(bot, n, problems)));
            }
            for (Future<?> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(problems).isEmpty();
        assertThat(store.size()).isEqualTo(CONVERSATIONS);
    }

    /** Fails when two turns of one conversation are between load and save at the same time. */
    private static final class SerialCheckingStore implements ConversationStateStore {
        final InMemoryConversationStateStore inner = new InMemoryConversationStateStore(java.time.Clock.systemUTC());
        final java.util.Set<String> inTurn = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<String> overlaps = new ConcurrentLinkedQueue<>();
        final java.util.concurrent.atomic.AtomicInteger maxParallel = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public java.util.Optional<ConversationState> load(String key) {
            if (!inTurn.add(key)) {
                overlaps.add(key);
            }
            maxParallel.accumulateAndGet(inTurn.size(), Math::max);
            return inner.load(key);
        }

        @Override
        public void save(String key, ConversationState state) {
            inner.save(key, state);
            inTurn.remove(key);
        }

        @Override
        public void remove(String key) {
            inner.remove(key);
            inTurn.remove(key);
        }

        @Override
        public int size() {
            return inner.size();
        }
    }

    @Test
    void turnsOfOneConversationAreSerializedWhileConversationsRunConcurrently() throws Exception {
        SerialCheckingStore store = new SerialCheckingStore();
        TurnProcessor bot = UniloginBot.builder().knowledge(KnowledgeLoader.loadBundled()).stateStore(store).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TurnResult>> futures = new ArrayList<>();
            // bursts of four turns of one conversation next to each other: without the per-conversation
            // lock, the pool's threads would run them at the same time
            for (int round = 0; round < 10; round++) {
                for (int c = 0; c < 20; c++) {
                    for (int k = 0; k < 4; k++) {
                        Activity in = message("same-" + c, c, k % 2 == 0 ? "hej" : "der står ingen adgang");
                        futures.add(pool.submit(() -> bot.process(in)));
                    }
                }
            }
            for (Future<TurnResult> f : futures) {
                assertThat(f.get(5, TimeUnit.MINUTES).replies()).isNotEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.overlaps).isEmpty();
        assertThat(store.maxParallel.get()).as("different conversations ran at the same time").isGreaterThan(1);
    }

    /** Ten turns; the school's phone must appear in the school turns, nobody else's ever. */
    private static void converse(TurnProcessor bot, int n, ConcurrentLinkedQueue<String> problems) {
        String conversation = "conv-" + n;
        boolean english = n % 2 == 1;
        List<Activity> turns = List.of(
                Activity.event("test", conversation, "u" + n, Events.CONVERSATION_START, "skole-" + n),
                message(conversation, n, english ? "where do we log in" : "hvor skal vi logge ind"),
                message(conversation, n, english ? "who do I contact for help" : "hvem skal jeg kontakte"),
                message(conversation, n, english ? "my daughter forgot her password" : "min søn har glemt sin kode"),
                message(conversation, n, english ? "step by step" : "trin for trin"),
                message(conversation, n, english ? "next" : "næste"),
                message(conversation, n, english ? "it still doesn't work" : "det virker stadig ikke"),
                message(conversation, n, english ? "still not working" : "det virker stadig ikke"),
                message(conversation, n, english ? "what is the meaning of life" : "hvordan laver jeg pandekager"),
                message(conversation, n, english ? "can you order pizza" : "kan du bestille pizza"));
        assert turns.size() == TURNS;
        for (int t = 0; t < turns.size(); t++) {
            TurnResult result = bot.process(turns.get(t));
            String all = String.join("\n", result.replies().stream().map(Activity::text).toList());
            for (Activity reply : result.replies()) {
                if (!reply.conversationId().equals(conversation)) {
                    problems.add(conversation + " turn " + t + " got a reply for " + reply.conversationId());
                }
                if (t > 0 && !reply.locale().equals(english ? "en" : "da")) {
                    problems.add(conversation + " turn " + t + " answered in " + reply.locale());
                }
            }
            boolean schoolTurn = t == 1 || t == 2 || t == 7 || t == 9;
            if (schoolTurn && !all.contains(phone(n))) {
                problems.add(conversation + " turn " + t + " lacks its school's phone: " + all);
            }
            java.util.regex.Matcher phones = java.util.regex.Pattern.compile("\\+45 99 (\\d{6})").matcher(all);
            while (phones.find()) {
                if (Integer.parseInt(phones.group(1)) != n) {
                    problems.add(conversation + " turn " + t + " shows another school's phone " + phones.group());
                }
            }
            if (t == 5 && !all.contains(english ? "Step 2 of 5" : "Trin 2 af 5")) {
                problems.add(conversation + " turn " + t + " lost its place in the steps: " + all);
            }
        }
    }

    private static Activity message(String conversation, int n, String text) {
        return Activity.userMessage("test", conversation, "u" + n, text);
    }
}
