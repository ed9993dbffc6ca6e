package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Questions that ask for a username found, a code made new or where to log in, and the sentence that names what they ask for. */
class GuideQuestionsTest {
    private static final GuideQuestions QUESTIONS = GuideQuestions.parse(
            MatchingLists.resource(GuideQuestions.BUNDLED), Set.of("username-passage"), Set.of("code-passage"),
            Set.of("where-passage"));

    private static GuideQuestions.Asked asked(String... sentences) {
        List<ReadMessage.Part> parts = Arrays.stream(sentences)
                .map(s -> new ReadMessage.Part(s, List.of(), Writer.UNKNOWN, null, false)).toList();
        return QUESTIONS.asked(parts, parts.size() - 1);
    }

    @Test
    void aQuestionNamingTheUsernameOrTheCodeAsksForIt() {
        assertThat(asked("Hvor kan jeg se hans brugernavn?"))
                .isEqualTo(new GuideQuestions.Asked(0, Set.of("username-passage"), false, false));
        assertThat(asked("Hvordan giver jeg hende en ny kode?"))
                .isEqualTo(new GuideQuestions.Asked(0, Set.of("code-passage"), true, false));
        assertThat(asked("Hvordan slaar jeg hendes brugernavn op?")).as("æ, ø, å written out").isNotNull();
        assertThat(asked("Hvad er et brugernavn?")).as("no word of finding").isNull();
        assertThat(asked("Kan hun få et helt andet brugernavn?")).as("a username changed, which the guide never does").isNull();
    }

    @Test
    void aQuestionWhereToLogInAsksItOnlyInThatOrder() {
        assertThat(asked("Men hvor skal hun så logge ind?"))
                .isEqualTo(new GuideQuestions.Asked(0, Set.of("where-passage"), false, true));
        assertThat(asked("Hvilken side skal vi ind på for at se lektierne?")).isNotNull();
        assertThat(asked("Jeg kan sagtens logge ind, men hvor siger man nej til billeder?")).isNull();
        assertThat(asked("Han kan logge ind på Aula.", "Hvor skal vi aflevere den?")).as("nothing named before").isNull();
        assertThat(asked("Hvor bliver hans data gemt, når han logger ind?")).as("logging in in a clause of when").isNull();
        assertThat(asked("Hvor skal han logge ind, når han er hjemme?")).isNotNull();
    }

    @Test
    void aQuestionPointingBackAsksForWhatOneOfTheTwoSentencesBeforeItNames() {
        assertThat(asked("Han har glemt sit brugernavn.", "Kan jeg selv finde det?").namingPart()).isEqualTo(0);
        assertThat(asked("Jeg aner ikke, hvad hun hedder i Unilogin.", "Kan jeg som mor finde det selv?").namingPart())
                .as("what she is called in Unilogin is her username").isEqualTo(0);
        assertThat(asked("Koden er væk.", "Læreren er syg.", "Hvordan skifter vi den?").namingPart()).isEqualTo(0);
        assertThat(asked("Koden er væk.", "Læreren er syg.", "Vi er hjemme.", "Hvordan skifter vi den?"))
                .as("three sentences back").isNull();
        assertThat(asked("Han skal have sit brugernavn klar.", "Nu har han det ikke skrevet ned,", "og skolen har ferie.",
                "Kan jeg slå det op?").namingPart()).as("a clause gone on from with 'og' is of the sentence before").isEqualTo(0);
        assertThat(asked("Hun taster sin kode på startskærmen.", "Det er vel ikke muligt at nulstille computeren?"))
                .as("'det' before the word that asks points nowhere").isNull();
        assertThat(asked("Koden har vi begge glemt.", "Kan jeg bruge mit MitID til at give ham en ny?").namingPart())
                .as("the word that asks ends the question").isEqualTo(0);
    }

    @Test
    void aWishSaidAsAStatementIsToldFromAStoryThatWishesNothing() {
        assertThat(QUESTIONS.wishes("Vi mangler en ny adgangskode til ham")).isTrue();
        assertThat(QUESTIONS.wishes("I'd like to give him a fresh one tonight")).isTrue();
        assertThat(QUESTIONS.wishes("jeg vil gerne selv finde mit brugernavn")).isTrue();
        assertThat(QUESTIONS.wishes("Hun har haft den samme kode i fire år og vil nu gerne have en ny")).isTrue();
        assertThat(QUESTIONS.wishes("Han skal bruge den i morgen tidlig")).isFalse();
        assertThat(QUESTIONS.asksHow("Hvordan nulstiller jeg hans kode?")).isTrue();
        assertThat(QUESTIONS.asksHow("Skal jeg lave en ny kode, og hvordan?")).isFalse();
    }

    @Test
    void anUnknownSectionIsABrokenFileNamedByLine() {
        assertThatThrownBy(() -> GuideQuestions.parse("[finding]\nfinde\n[usernames]\nbrugernavn\n", Set.of(), Set.of(),
                Set.of()))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("guide-questions.txt:3");
    }

    @Test
    void aNewOneAskedForWithWhomOrHowItIsMadeIsTheCodeNamedBefore() {
        assertThat(asked("Hans kode er glemt.", "Kan jeg ikke bare lave en ny via mit MitID?"))
                .isEqualTo(new GuideQuestions.Asked(0, Set.of("code-passage"), true, false));
        assertThat(asked("Koden virker ikke.", "Kan vi få en ny til ham?")).isNotNull();
        assertThat(asked("Han har fået en ny computer.", "Kan vi få en ny skoletaske via kommunen?")).as("nothing new named")
                .isNull();
    }

    @Test
    void whereToGoInAfterSomeoneCanFindTheUsernameAsksForTheUsername() {
        assertThat(asked("Hans mor siger, at hun kan slå hans brugernavn op.", "Hvor skal hun gå ind?"))
                .isEqualTo(new GuideQuestions.Asked(0, Set.of("username-passage"), false, false));
        assertThat(asked("Hun har brugernavn og kode, men vi kan ikke finde ud af det.", "Hvor skal hun logge ind?"))
                .isEqualTo(new GuideQuestions.Asked(1, Set.of("where-passage"), false, true));
    }
}
