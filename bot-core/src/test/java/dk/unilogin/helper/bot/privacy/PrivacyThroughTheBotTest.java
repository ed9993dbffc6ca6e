package dk.unilogin.helper.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.conversation.RecordingRecorder;
import dk.unilogin.helper.bot.conversation.TestSchools;
import dk.unilogin.helper.bot.insights.TurnRecord;
import dk.unilogin.helper.bot.state.ConversationState;
import dk.unilogin.helper.bot.state.ConversationStateStore;
import dk.unilogin.helper.bot.state.InMemoryConversationStateStore;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No CPR number or password reaches the recorder or the state store; the user is still answered. */
class PrivacyThroughTheBotTest {
    private static final List<String> SECRETS = List.of("010203-1234", "0102031234", "Hest123", "Sommer2024",
            "qwerty99", "Rosenkål88", "Pingvin55", "BlueTiger42", "12-03-45-1234", "Bamse2015", "Fisk99",
            "Winter2024");
    private static KnowledgeBase knowledge;

    @BeforeAll
    static void load() {
        knowledge = KnowledgeLoader.loadBundled();
    }

    /** Keeps every saved state in its serialized form, as a persistent store would. */
    private static final class CapturingStore implements ConversationStateStore {
        final InMemoryConversationStateStore inner = new InMemoryConversationStateStore(Clock.systemUTC());
        final List<String> serialized = new CopyOnWriteArrayList<>();

        @Override
        public Optional<ConversationState> load(String key) {
            return inner.load(key);
        }

        @Override
        public void save(String key, ConversationState state) {
            try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(state);
                out.flush();
                serialized.add(bytes.toString(StandardCharsets.ISO_8859_1) + state);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            inner.save(key, state);
        }

        @Override
        public void remove(String key) {
            inner.remove(key);
        }

        @Override
        public int size() {
            return inner.size();
        }
    }

    @Test
    void recorderAndStoreNeverSeeCprNumbersOrPasswords() {
        RecordingRecorder recorder = new RecordingRecorder();
        CapturingStore store = new CapturingStore();
        TurnProcessor bot = UniloginBot.builder().knowledge(knowledge).schools(new TestSchools())
                .recorder(recorder).stateStore(store).build();
        List<String> messages = List.of(
                "mit cpr er 010203-1234 og min søn har glemt sin kode",
                "min kode er Hest123 og der står ingen adgang",
                "password: Sommer2024",
                "hans cpr 0102031234, adgangskoden er qwerty99",
                "det virker stadig ikke, koden er Hest123",
                "jeg har prøvet med kodeordet Rosenkål88",
                "koden Pingvin55 virker ikke",
                "prøvede password BlueTiger42",
                "[Trin for trin]",
                "hans cpr er 12-03-45-1234",
                "hun bruger Bamse2015 som kode",
                "den nye kode bliver Fisk99",
                "Winter2024!");
        for (String m : messages) {
            bot.process(Activity.userMessage("test", "privacy", "u", m));
        }
        bot.process(Activity.userValue("test", "privacy", "u", "password: Hest123"));

        assertThat(recorder.records()).hasSize(messages.size() + 1);
        for (TurnRecord r : recorder.records()) {
            for (String secret : SECRETS) {
                assertThat(String.valueOf(r)).doesNotContain(secret);
            }
        }
        assertThat(store.serialized).isNotEmpty();
        for (String state : store.serialized) {
            for (String secret : SECRETS) {
                assertThat(state).doesNotContain(secret);
            }
        }
    }

    @Test
    void theUserIsToldInFullOnceThenBrieflyEachTimeAndStillAnswered() {
        TurnProcessor bot = UniloginBot.builder().knowledge(knowledge).build();
        TurnResult first = bot.process(Activity.userMessage("test", "told-once", "u",
                "min datter har glemt sin adgangskode, hendes cpr er 010203-1234"));
        assertThat(first.replies().get(0).text()).contains("CPR-nummer");
        assertThat(first.trace().passageId()).isEqualTo("skift-adgangskode-barn");
        assertThat(first.replies()).allSatisfy(a -> assertThat(a.text()).doesNotContain("010203-1234"));

        TurnResult second = bot.process(Activity.userMessage("test", "told-once", "u", "min kode er Hest123"));
        assertThat(second.replies().get(0).text()).contains("igen fjernet").doesNotContain("Del aldrig");
        assertThat(second.replies()).allSatisfy(a -> assertThat(a.text()).doesNotContain("Hest123"));
        assertThat(second.trace().outcome()).isNotEqualTo(dk.unilogin.helper.bot.TurnOutcome.FALLBACK);
    }

    @Test
    void aBarePasswordIsRemovedWithTheNoticeAndTheQuestionIsAnswered() {
        TurnProcessor bot = UniloginBot.builder().knowledge(knowledge).build();
        TurnResult result = bot.process(Activity.userMessage("test", "bare", "u",
                "jeg har prøvet med kodeordet Rosenkål88 men kan ikke logge ind"));
        assertThat(result.replies().get(0).text()).contains("CPR-nummer");
        assertThat(result.replies()).allSatisfy(a -> assertThat(a.text()).doesNotContain("Rosenkål88"));
        assertThat(String.valueOf(result.trace())).doesNotContain("Rosenkål88");

        TurnResult plain = bot.process(Activity.userMessage("test", "plain", "u", "koden til unilogin virker ikke"));
        assertThat(plain.replies()).noneSatisfy(a -> assertThat(a.text()).contains("CPR-nummer"));
        assertThat(plain.trace().outcome()).isNotEqualTo(dk.unilogin.helper.bot.TurnOutcome.FALLBACK);
    }

    @Test
    void aRecorderThatThrowsDoesNotCostTheAnswer() {
        TurnProcessor bot = UniloginBot.builder().knowledge(knowledge)
                .recorder(turn -> {
                    throw new IllegalStateException("database down");
                }).build();
        TurnResult result = bot.process(Activity.userMessage("test", "broken-recorder", "u",
                "Mit barn har glemt sin adgangskode"));
        assertThat(result.trace().passageId()).isEqualTo("skift-adgangskode-barn");
        assertThat(result.replies().get(0).text()).contains("mitunilogin.dk");
    }
}
