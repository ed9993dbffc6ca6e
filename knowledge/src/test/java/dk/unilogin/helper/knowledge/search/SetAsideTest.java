package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What a writer sets aside as not their errand, cut from the message before it is read. */
class SetAsideTest {
    private static final SetAside BUNDLED = BackReferences.parse(MatchingLists.resource(MatchingLists.BACK_REFERENCES)).setAside();
    /** Stands in for the guide's words: a text names something known when it speaks of a code or a username. */
    private static final Predicate<String> NAMES_A_LOGIN = text -> text.matches("(?is).*\\b(kode|brugernavn).*");

    @Test
    void whatComesBeforeAPhraseThatSetsItAsideIsLeftOut() {
        assertThat(BUNDLED.rest("Her regner det, men det er ikke derfor, jeg skriver. Min søn har glemt sin kode.", NAMES_A_LOGIN))
                .isEqualTo("Min søn har glemt sin kode.");
        assertThat(BUNDLED.rest("Vi har haft gæster hele weekenden. Anyway: hvad er hans brugernavn?", NAMES_A_LOGIN))
                .isEqualTo("hvad er hans brugernavn?");
        assertThat(BUNDLED.rest("Bilen er gået i stykker, men nu til sagen. Hun har glemt sin kode", NAMES_A_LOGIN))
                .as("æ, ø and å, upper case and punctuation as written").isEqualTo("Hun har glemt sin kode");
        assertThat(BUNDLED.rest("Vi bruger uni login og Mit ID hver dag, men nu til sagen: han har glemt sin kode", NAMES_A_LOGIN))
                .as("words the reading joins before the phrase").isEqualTo("han har glemt sin kode");
    }

    @Test
    void aPhraseWithNothingKnownAfterItSetsNothingAside() {
        String message = "Min datter har glemt sin kode. Vi har prøvet alt. Anyway, hvad gør vi?";
        assertThat(BUNDLED.rest(message, NAMES_A_LOGIN)).isEqualTo(message);
    }

    @Test
    void aSentenceThatSetsItselfAsideLeavesOnlyItsOwnClause() {
        assertThat(BUNDLED.rest("Min søn mangler sit brugernavn, og Aula-appen crasher, men det er en anden sag. Kan jeg se det?",
                NAMES_A_LOGIN)).isEqualTo("Min søn mangler sit brugernavn, Kan jeg se det?");
        assertThat(BUNDLED.rest("Printeren driller men det er en helt anden historie. Hun har glemt sin kode.", NAMES_A_LOGIN))
                .isEqualTo("Hun har glemt sin kode.");
    }

    @Test
    void aMessageWithoutSuchAPhraseIsReadWhole() {
        String message = "Det er ikke det rigtige brugernavn, hun har skrevet. Hvor finder jeg det?";
        assertThat(BUNDLED.rest(message, NAMES_A_LOGIN)).isEqualTo(message);
    }

    @Test
    void aLoneWordEndingItsSentenceSetsNothingAside() {
        String message = "Poppy forgot her password, and none of us knows which website to log into anyway. Can you tell us her kode?";
        assertThat(BUNDLED.rest(message, NAMES_A_LOGIN)).isEqualTo(message);
        assertThat(BUNDLED.rest("Lovely weather today, anyway, hvad er hans brugernavn?", NAMES_A_LOGIN))
                .isEqualTo("hvad er hans brugernavn?");
    }
}
