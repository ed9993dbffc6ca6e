package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Questions that ask for a username found or a code made new, and the sentence that names what they ask for. */
class CredentialQuestionsTest {
    private static final CredentialQuestions QUESTIONS = CredentialQuestions.parse(
            MatchingLists.resource(CredentialQuestions.BUNDLED), Set.of("username-passage"), Set.of("code-passage"));

    private static CredentialQuestions.Asked asked(String... sentences) {
        List<ReadMessage.Part> parts = Arrays.stream(sentences)
                .map(s -> new ReadMessage.Part(s, List.of(), Writer.UNKNOWN, null, false)).toList();
        return QUESTIONS.asked(parts, parts.size() - 1);
    }

    @Test
    void aQuestionNamingTheUsernameOrTheCodeAsksForIt() {
        assertThat(asked("Hvor kan jeg se hans brugernavn?"))
                .isEqualTo(new CredentialQuestions.Asked(0, Set.of("username-passage"), false));
        assertThat(asked("Hvordan giver jeg hende en ny kode?"))
                .isEqualTo(new CredentialQuestions.Asked(0, Set.of("code-passage"), true));
        assertThat(asked("Hvordan slaar jeg hendes brugernavn op?")).as("æ, ø, å written out").isNotNull();
        assertThat(asked("Hvor skal han logge ind?")).isNull();
        assertThat(asked("Hvad er et brugernavn?")).as("no word of finding").isNull();
        assertThat(asked("Kan hun få et helt andet brugernavn?")).as("a username changed, which the guide never does").isNull();
    }

    @Test
    void aQuestionPointingBackAsksForWhatOneOfTheTwoSentencesBeforeItNames() {
        assertThat(asked("Han har glemt sit brugernavn.", "Kan jeg selv finde det?").namingPart()).isEqualTo(0);
        assertThat(asked("Koden er væk.", "Læreren er syg.", "Hvordan skifter vi den?").namingPart()).isEqualTo(0);
        assertThat(asked("Koden er væk.", "Læreren er syg.", "Vi er hjemme.", "Hvordan skifter vi den?"))
                .as("three sentences back").isNull();
        assertThat(asked("Hun taster sin kode på startskærmen.", "Det er vel ikke muligt at nulstille computeren?"))
                .as("'det' before the word that asks points nowhere").isNull();
    }

    @Test
    void anUnknownSectionIsABrokenFileNamedByLine() {
        assertThatThrownBy(() -> CredentialQuestions.parse("[finding]\nfinde\n[usernames]\nbrugernavn\n", Set.of(), Set.of()))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("credential-questions.txt:3");
    }
}
