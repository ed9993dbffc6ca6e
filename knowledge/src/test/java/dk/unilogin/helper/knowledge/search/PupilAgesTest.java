package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A pupil of fifteen or more named by whoever writes, who may get their Unilogin with their own MitID. */
class PupilAgesTest {
    private static final PupilAges AGES = PupilAges.bundled();

    @Test
    void aPupilOfFifteenOrMoreIsNamedHoweverTheAgeIsWritten() {
        assertThat(AGES.named("Mit barnebarn Emma er 16 og har fået MitID")).isTrue();
        assertThat(AGES.named("Jeg er kontaktperson for Jonas på 17")).isTrue();
        assertThat(AGES.named("Min sønnesøn er lige fyldt 15")).isTrue();
        assertThat(AGES.named("Daryna fra Ukraine, 16 år, i modtageklasse")).isTrue();
        assertThat(AGES.named("my son is 16 years old")).isTrue();
        assertThat(AGES.named("my son is 15 and has his own MitID")).isTrue();
    }

    @Test
    void aYoungerPupilOrANumberOfSomethingElseIsNoAge() {
        assertThat(AGES.named("Min søn er 12 og går i 6. klasse")).isFalse();
        assertThat(AGES.named("Vi har ventet på 15 minutter")).isFalse();
        assertThat(AGES.named("Det tog 16 år siden sidst")).isFalse();
        assertThat(AGES.named("Mødet er kl. 15.30")).isFalse();
    }

    @Test
    void aMitIdOfOnesOwnIsSaidButNotOneLacked() {
        assertThat(AGES.saysOwnMitId("Han er 16 og har sit eget MitID")).isTrue();
        assertThat(AGES.saysOwnMitId("hun har lige fået MitID")).isTrue();
        assertThat(AGES.saysOwnMitId("my son is 15 and has his own MitID now")).isTrue();
        assertThat(AGES.saysOwnMitId("Han er 16 men har endnu ikke fået MitID, det har hans mor")).isFalse();
        assertThat(AGES.saysOwnMitId("jeg er 14 og har ikke MitID")).isFalse();
    }

    @Test
    void aBadExpressionIsABrokenFileNamedByLine() {
        assertThatThrownBy(() -> PupilAges.parse("ages", "# a comment\n\\b(1[5-9]\n"))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("ages:2");
    }

    @Test
    void everyExpressionLeadsWithWordsReadAndTheirCheckChangesNoVerdict() throws IOException {
        assertThat(AGES.allRead()).isTrue();
        for (String text : EvalQuestions.all()) {
            assertThat(AGES.named(text, true)).as(text).isEqualTo(AGES.named(text, false));
            assertThat(AGES.saysOwnMitId(text, true)).as(text).isEqualTo(AGES.saysOwnMitId(text, false));
        }
    }
}
