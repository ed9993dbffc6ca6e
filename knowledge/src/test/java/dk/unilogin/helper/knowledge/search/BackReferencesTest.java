package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import org.junit.jupiter.api.Test;

/** The back-references file's sections: words of a short question, phrases that log in on a device named before. */
class BackReferencesTest {

    @Test
    void eachSectionHoldsItsWordsAndPhrases() {
        BackReferences references = BackReferences.parse("det den\n[device]\n\"logge på den\"\n");

        assertThat(references.question().containsAny("Hvad betyder det?")).isTrue();
        assertThat(references.device().containsAny("Hun kan ikke logge på den.")).isTrue();
        assertThat(references.device().containsAny("den vil ikke logge på")).as("the words in that order").isFalse();
        assertThat(references.question().containsAny("logge på")).as("sections do not mix").isFalse();
    }

    @Test
    void somethingUnnamedChangedOrForgottenPointsBackToTheCodeNamedLastWhenItsGenderFits() {
        UnnamedCodeReference changedIt = BackReferences.parse(MatchingLists.resource(MatchingLists.BACK_REFERENCES)).unnamedCode();

        assertThat(changedIt.pointedTo("Min søn tror, en klassekammerat kender hans kode.", "Vi vil gerne skifte den."))
                .isEqualTo("kode");
        assertThat(changedIt.pointedTo("", "Hun kender sit kodeord, men vil gerne lave det om.")).isEqualTo("kodeord");
        assertThat(changedIt.pointedTo("Hun har glemt sin kode og sit brugernavn.", "Kan vi skifte den?"))
                .as("the word named last is a username, which is no \"den\"").isNull();
        assertThat(changedIt.pointedTo("Min søn har fået en ny mobil.", "Han vil gerne skifte den.")).as("no code named").isNull();
        assertThat(changedIt.pointedTo("Hendes kode er for nem.", "Hun vil gerne skifte skole.")).as("nothing unnamed").isNull();
        assertThat(changedIt.pointedTo("Hun har glemt sin adgangskode til Snapchat.", "Kan I nulstille den?"))
                .as("another thing's code").isNull();
        assertThat(changedIt.pointedTo("Han kender sin kode til Unilogin, men en ven har set den.", "Han vil skifte den."))
                .isEqualTo("kode");
        assertThat(changedIt.pointedTo("Alle skal kende deres brugernavn.", "Ronja kan ikke huske sit, og vi har ledt."))
                .isEqualTo("brugernavn");
        assertThat(changedIt.pointedTo("Alle skal kende deres brugernavn.", "Ronja kan ikke huske sin kode."))
                .as("a phrase that names what it forgets").isNull();
        assertThat(changedIt.pointedTo("Alle skal kende deres brugernavn.", "Jeg kan ikke huske mit. Hvor får jeg det fra?"))
                .as("a question after the phrase is a sentence of its own").isEqualTo("brugernavn");
    }

    @Test
    void anUnknownSectionIsABrokenFileNamedByLine() {
        assertThatThrownBy(() -> BackReferences.parse("det\n[devise]\n\"logge på den\"\n"))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("back-references.txt:2");
    }

    @Test
    void theBundledFileReads() {
        BackReferences references = BackReferences.parse(MatchingLists.resource(MatchingLists.BACK_REFERENCES));
        assertThat(references.device().containsAny("Hvordan kommer hun ind på den?")).isTrue();
        assertThat(references.device().containsAny("Can't log into it")).isTrue();
        assertThat(references.question().containsAny("hvad betyder det")).isTrue();
    }
}
