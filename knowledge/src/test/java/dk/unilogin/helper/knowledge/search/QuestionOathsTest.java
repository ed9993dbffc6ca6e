package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import org.junit.jupiter.api.Test;

class QuestionOathsTest {

    @Test
    void anOathAfterAQuestionWordIsReadAsIfLeftOut() {
        assertThat(QuestionOaths.written("Vi har koden, men hvor fanden skal vi taste den ind??"))
                .isEqualTo("Vi har koden, men hvor skal vi taste den ind??");
        assertThat(QuestionOaths.written("Hvordan i  alverden finder jeg hans brugernavn?"))
                .isEqualTo("Hvordan finder jeg hans brugernavn?");
        assertThat(QuestionOaths.written("where the hell do we log in?")).isEqualTo("where do we log in?");
    }

    @Test
    void anOathElsewhereANameOrAWordThatOnlyBeginsLikeOneStays() {
        for (String kept : new String[] {"Fanden tage det, hvor skal vi logge ind?", "hvor hulenes kort ligger", "Jeg ved ikke, hvad Søren har gjort"}) {
            assertThat(QuestionOaths.written(kept)).as(kept).isEqualTo(kept);
        }
    }

    @Test
    void aFileWithoutQuestionWordsOrOathsIsRejected() {
        assertThatThrownBy(() -> QuestionOaths.parse("oaths: fanden\n")).isInstanceOf(KnowledgeFormatException.class);
        assertThatThrownBy(() -> QuestionOaths.parse("question-words: hvor\noaths: fanden\nfanden\n"))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining(":3:");
    }
}
