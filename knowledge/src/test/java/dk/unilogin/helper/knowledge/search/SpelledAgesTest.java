package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import org.junit.jupiter.api.Test;

class SpelledAgesTest {

    @Test
    void anAgeWrittenAsAWordIsReadAsItsNumber() {
        assertThat(SpelledAges.written("hej jeg er Rosa jeg er elleve år og går i femte klasse"))
                .isEqualTo("hej jeg er Rosa jeg er 11 år og går i femte klasse");
        assertThat(SpelledAges.written("min søn på otte og hans søster, der er lige fyldt femten"))
                .isEqualTo("min søn på 8 og hans søster, der er lige fyldt 15");
        assertThat(SpelledAges.written("Hi, I'm fourteen and in 8th grade")).isEqualTo("Hi, I'm 14 and in 8th grade");
    }

    @Test
    void aNumberWordThatCountsSomethingElseStays() {
        for (String kept : new String[] {"det tog på ti minutter", "hun er ni gange så hurtig", "det er ti kroner",
                "vi er tolv elever", "tiende klasse", "er tienden"}) {
            assertThat(SpelledAges.written(kept)).as(kept).isEqualTo(kept);
        }
    }

    @Test
    void aLineThatIsNotANumberWordAndItsNumberIsRejected() {
        assertThatThrownBy(() -> SpelledAges.parse("elleve elleve\nafter: er\n")).isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(":1:");
        assertThatThrownBy(() -> SpelledAges.parse("elleve 11\n")).isInstanceOf(KnowledgeFormatException.class);
    }
}
