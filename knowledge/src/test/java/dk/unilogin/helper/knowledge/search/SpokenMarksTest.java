package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import org.junit.jupiter.api.Test;

class SpokenMarksTest {

    @Test
    void punctuationDictatedAsWordsIsReadAsMarks() {
        assertThat(SpokenMarks.written("hun har glemt sin kode punktum hvad gør vi spørgsmålstegn tak"))
                .isEqualTo("hun har glemt sin kode. hvad gør vi? tak");
        assertThat(SpokenMarks.written("Hej komma jeg er mor til Ida Punktum")).isEqualTo("Hej, jeg er mor til Ida.");
    }

    @Test
    void theWordItselfStaysAfterAnArticleOrAVerbOfWriting() {
        for (String kept : new String[] {"hvor skal man sætte punktum", "et komma i koden", "med komma", "kommaet er væk",
                "punktummet"}) {
            assertThat(SpokenMarks.written(kept)).as(kept).isEqualTo(kept);
        }
    }

    @Test
    void aTextWithoutSpokenMarksIsReturnedAsItIs() {
        String text = "Min søn har glemt sin kode. Hvad gør vi?";
        assertThat(SpokenMarks.written(text)).isSameAs(text);
    }

    @Test
    void aLineThatIsNotAWordAndAMarkIsRejected() {
        assertThatThrownBy(() -> SpokenMarks.parse("punktum\n")).isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(":1:");
        assertThatThrownBy(() -> SpokenMarks.parse("# nothing\n")).isInstanceOf(KnowledgeFormatException.class);
    }
}
