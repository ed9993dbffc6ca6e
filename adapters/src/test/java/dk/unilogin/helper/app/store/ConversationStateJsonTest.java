package dk.unilogin.helper.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.state.ConversationState;
import dk.unilogin.helper.bot.state.DialogState;
import dk.unilogin.helper.knowledge.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationStateJsonTest {
    private final ConversationStateJson json = new ConversationStateJson();

    @Test
    void everyPartOfTheStateSurvivesTheRoundTrip() {
        ConversationState state = ConversationState.NEW
                .withLanguage(Language.EN, true)
                .withSchool("demo-skole")
                .answered("foraelder-brugernavn", "i forgot my username")
                .answered("skift-adgangskode-barn", "my son forgot his password")
                .withDialog(DialogState.clarifying(List.of("elev-brugernavn", "foraelder-brugernavn"), "username?"))
                .withFallback()
                .withPrivacyNoticeGiven()
                .withSchoolAsked();
        ConversationState walking = state.withDialog(DialogState.choosing("skift-adgangskode-barn", 1));

        assertThat(json.read(json.write(state))).contains(state);
        assertThat(json.read(json.write(walking))).contains(walking);
    }

    @Test
    void aValueWrittenByANewerVersionWithMoreFieldsIsStillRead() {
        String written = json.write(ConversationState.NEW.withSchool("demo-skole"));
        String newer = written.replaceFirst("\\{", "{\"moodOfTheDay\":\"good\",");

        assertThat(json.read(newer)).map(ConversationState::schoolId).contains("demo-skole");
    }

    @Test
    void anUnreadableValueCountsAsNoStateSoTheConversationStartsOver() {
        assertThat(json.read("{not json")).isEmpty();
        assertThat(json.read("{\"dialog\":null}")).isEmpty();
        assertThat(json.read(null)).isEmpty();
    }
}
