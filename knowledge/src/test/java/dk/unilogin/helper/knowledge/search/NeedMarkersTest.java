package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import org.junit.jupiter.api.Test;

/** The more-needs file's sections, and phrases in quotes matched as words in order. */
class NeedMarkersTest {

    @Test
    void eachSectionHoldsItsWordsAndPhrases() {
        NeedMarkers markers = NeedMarkers.parse("også\n[announcing]\n\"to ting\"\n[first]\nvigtigst\n[later]\n\"mindre vigtigt\"\n");

        assertThat(markers.announcing().containsAny("Hej, to ting: …")).isTrue();
        assertThat(markers.announcing().containsAny("ting to")).as("the words in that order").isFalse();
        assertThat(markers.adds().containsAny("Hej, to ting: …")).isFalse();
        assertThat(markers.first().containsAny("VIGTIGST: min datter har glemt sin kode")).isTrue();
        assertThat(markers.later().containsAny("Mindre vigtigt: hvem yder support?")).isTrue();
        assertThat(markers.later().containsAny("det er vigtigt")).isFalse();
        assertThat(markers.first().containsAny("også")).as("sections do not mix").isFalse();
    }

    @Test
    void aWordInAPhraseThatAddsNoNeedAddsNone() {
        NeedMarkers markers = NeedMarkers.parse("også\n[not-adding]\n\"eller også\"\n");

        assertThat(addsANeed(markers, "Jeg har aldrig haft et, eller også har jeg glemt det.")).isFalse();
        assertThat(addsANeed(markers, "Eller også har jeg glemt det, og så skal hun også have en ny kode.")).isTrue();
        assertThat(addsANeed(markers, "Hun skal også have en ny kode.")).isTrue();
    }

    @Test
    void aWordThatAddsANeedAddsOnlyAfterTheFirstPartWhileAnAnnouncementCountsAnywhere() {
        NeedMarkers markers = NeedMarkers.parse(MatchingLists.resource(MatchingLists.MORE_NEEDS));
        String first = "Min søn skal lave opgaver i et program, hvor forældrene også skal logge ind.";
        String rest = " Jeg har aldrig haft et Unilogin selv. Hvordan får jeg det?";

        assertThat(markers.addsANeed(first + rest, rest)).isFalse();
        assertThat(markers.addsANeed(first + rest + " Og så skal han også have en ny kode.", rest + " Og så skal han også have en ny kode."))
                .isTrue();
        assertThat(markers.addsANeed("To ting: min søn har glemt sin kode. Og hvor skal han logge ind?",
                " Og hvor skal han logge ind?")).as("announced in the first part").isTrue();
    }

    /** Whether {@code text} adds a need as a message of one part, the whole of it after its first part as well. */
    private static boolean addsANeed(NeedMarkers markers, String text) {
        return markers.addsANeed(text, text);
    }

    @Test
    void anUnknownSectionIsABrokenFileNamedByLine() {
        assertThatThrownBy(() -> NeedMarkers.parse("også\n\n[fist]\nvigtigst\n"))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("more-needs.txt:3");
    }

    @Test
    void theBundledFileReads() {
        NeedMarkers markers = NeedMarkers.parse(MatchingLists.resource(MatchingLists.MORE_NEEDS));
        assertThat(markers.later().containsAny("Second, less urgent: where do I get my own login?")).isTrue();
        assertThat(markers.first().containsAny("the urgent one first: how do I find his username?")).isTrue();
        assertThat(markers.lastNamed().containsAny("Det sidste er faktisk det vigtigste.")).isTrue();
        assertThat(markers.firstNamed().containsAny("The first one is most urgent.")).isTrue();
        assertThat(markers.firstNamed().containsAny("Det sidste er faktisk det vigtigste.")).isFalse();
    }
}
