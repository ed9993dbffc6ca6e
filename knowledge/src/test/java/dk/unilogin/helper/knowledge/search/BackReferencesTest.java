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
