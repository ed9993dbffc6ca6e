package dk.unilogin.helper.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.ActivityType;
import dk.unilogin.helper.bot.activity.ChannelAccount;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.conversation.RecordingRecorder;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Odd input never breaks a turn: every kind gets a sensible reply or, where fitting, none. */
class TurnProcessorInputTest {
    private static KnowledgeBase knowledge;
    private final RecordingRecorder recorder = new RecordingRecorder();
    private TurnProcessor bot;

    @BeforeAll
    static void load() {
        knowledge = KnowledgeLoader.loadBundled();
    }

    private TurnProcessor bot() {
        if (bot == null) {
            bot = UniloginBot.builder().knowledge(knowledge).recorder(recorder).build();
        }
        return bot;
    }

    @Test
    void aTypingSignalGetsNoReplyAndIsNotRecorded() {
        Activity typing = Activity.builder(ActivityType.TYPING).channelId("web").conversationId("t")
                .from(ChannelAccount.user("u")).build();
        TurnResult result = bot().process(typing);
        assertThat(result.replies()).isEmpty();
        assertThat(result.trace().outcome()).isEqualTo(TurnOutcome.SILENT);
        assertThat(recorder.records()).isEmpty();
    }

    @Test
    void aMessageWithNeitherTextNorValueGetsAPrompt() {
        TurnResult result = bot().process(Activity.builder(ActivityType.MESSAGE).channelId("web")
                .conversationId("empty").from(ChannelAccount.user("u")).build());
        assertThat(result.replies()).hasSize(1);
        assertThat(result.replies().get(0).text()).contains("Skriv dit spørgsmål");
    }

    @Test
    void anUnknownEventIsIgnoredQuietly() {
        TurnResult result = bot().process(Activity.event("web", "ev", "u", "something.else", null));
        assertThat(result.replies()).isEmpty();
    }

    @Test
    void anUnknownSchoolAtStartIsNotKept() {
        TurnResult result = bot().process(Activity.event("web", "s", "u", Events.CONVERSATION_START, "no-such"));
        assertThat(result.trace().outcome()).isEqualTo(TurnOutcome.WELCOME);
        bot().process(Activity.userMessage("web", "s", "u", "hvem skal jeg kontakte"));
        assertThat(recorder.last().schoolId()).isNull();
    }

    @Test
    void aVeryLongMessageIsStillAnswered() {
        String longText = "Mit barn har glemt sin adgangskode. " + "bla ".repeat(20_000);
        TurnResult result = bot().process(Activity.userMessage("web", "long", "u", longText));
        assertThat(result.trace().passageId()).isEqualTo("skift-adgangskode-barn");
    }

    @Test
    void everyButtonValueFitsTelegramsCallbackData() {
        List<String> messages = List.of("min søn har glemt sin kode", "jeg har glemt mit brugernavn", "hej",
                "hvor skal vi logge ind", "hvordan laver jeg pandekager");
        for (String m : messages) {
            TurnResult first = bot().process(Activity.userMessage("web", "b-" + m, "u", m));
            for (Activity reply : first.replies()) {
                for (SuggestedAction a : reply.suggestedActions()) {
                    assertThat(a.value().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
                    assertThat(a.value()).matches("\\p{ASCII}+");
                    TurnResult pressed = bot().process(Activity.userValue("web", "b-" + m, "u", a.value()));
                    assertThat(pressed.replies()).as("pressing " + a).isNotEmpty();
                    assertThat(pressed.replies().get(0).text()).doesNotContain("ældre besked");
                }
            }
        }
    }

    @Test
    void repliesCarryTheConversationAndTheSourcePassage() {
        TurnResult result = bot().process(Activity.userMessage("telegram", "42", "u", "der står ingen adgang"));
        Activity answer = result.replies().get(0);
        assertThat(answer.conversationId()).isEqualTo("42");
        assertThat(answer.channelId()).isEqualTo("telegram");
        assertThat(answer.from().role()).isEqualTo(ChannelAccount.Role.BOT);
        assertThat(answer.source().id()).isEqualTo("ingen-adgang");
        assertThat(answer.locale()).isEqualTo("da");
    }
}
