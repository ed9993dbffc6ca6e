package dk.unilogin.helper.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.conversation.RecordingRecorder;
import dk.unilogin.helper.bot.insights.TurnRecord;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated CPR numbers and password sentences never survive redaction, nor reach the recorder. */
class RedactionPropertyTest {
    private static final TurnProcessor BOT;
    private static final RecordingRecorder RECORDER = new RecordingRecorder();
    private static final AtomicLong CONVERSATIONS = new AtomicLong();

    static {
        BOT = UniloginBot.builder().knowledge(KnowledgeLoader.loadBundled()).recorder(RECORDER).build();
    }

    private final Redactor redactor = new Redactor();

    @Provide
    Arbitrary<String> cprSentences() {
        return PersonalDataArbitraries.cprSentences();
    }

    @Provide
    Arbitrary<PersonalDataArbitraries.PasswordSentence> passwordSentences() {
        return PersonalDataArbitraries.passwordSentences();
    }

    @Property(tries = 500)
    void noCprDigitSurvivesRedaction(@ForAll("cprSentences") String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.removedSomething()).isTrue();
        assertThat(r.text()).doesNotContainPattern("\\p{Nd}");
    }

    @Property(tries = 500)
    void noPasswordSurvivesRedaction(@ForAll("passwordSentences") PersonalDataArbitraries.PasswordSentence sentence) {
        Redaction r = redactor.redact(sentence.text());
        assertThat(r.removedSomething()).isTrue();
        assertThat(r.text().toLowerCase(Locale.ROOT)).doesNotContain(sentence.password().toLowerCase(Locale.ROOT));
    }

    @Property(tries = 150)
    void theRecorderNeverSeesACprNumber(@ForAll("cprSentences") String text) {
        TurnRecord record = turn(text);
        assertThat(String.valueOf(record.redactedText())).doesNotContainPattern("\\p{Nd}");
    }

    @Property(tries = 150)
    void theRecorderNeverSeesAPassword(@ForAll("passwordSentences") PersonalDataArbitraries.PasswordSentence sentence) {
        TurnRecord record = turn(sentence.text());
        assertThat(String.valueOf(record).toLowerCase(Locale.ROOT))
                .doesNotContain(sentence.password().toLowerCase(Locale.ROOT));
    }

    private static TurnRecord turn(String text) {
        String conversation = "property-" + CONVERSATIONS.incrementAndGet();
        BOT.process(Activity.userMessage("test", conversation, "u", text));
        return RECORDER.last();
    }
}
