package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatcherBehaviourTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.loadBundled();

    @ParameterizedTest
    @ValueSource(strings = {"hej", "godmorgen", "tak for det", "hvad kan du", "hvordan laver jeg frikadeller",
            "hvornår starter efterårsferien", "qwerty", "", "   ", "!!!", "123456"})
    void greetingsAndOtherTopicsGetNoPassage(String message) {
        assertThat(KNOWLEDGE.match(message).decision()).isEqualTo(MatchDecision.NONE);
    }

    @Test
    void answersWithTheRightPassageAndAConfidenceAboveOneHalf() {
        MatchResult result = KNOWLEDGE.match("min datter har glemt sin adgangskode til unilogin");
        assertThat(result.decision()).isEqualTo(MatchDecision.ANSWER);
        assertThat(result.ranked().get(0).passageId()).isEqualTo("skift-adgangskode-barn");
        assertThat(result.ranked().get(0).confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(result.ranked()).extracting(PassageMatch::confidence).allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
    }

    @Test
    void noPassageHasConfidenceAboveOneHalfWhenDeclined() {
        MatchResult result = KNOWLEDGE.match("hvordan laver jeg pandekager med blåbær");
        assertThat(result.decision()).isEqualTo(MatchDecision.NONE);
        assertThat(result.ranked()).allSatisfy(m -> assertThat(m.confidence()).isLessThan(0.5));
    }

    @Test
    void toleratesMisspellingsOfWordsTheGuideUses() {
        assertThat(KNOWLEDGE.match("har glemt adganskoden til uniligin").best())
                .hasValueSatisfying(m -> assertThat(m.passageId()).isEqualTo("skift-adgangskode-barn"));
        assertThat(KNOWLEDGE.match("jeg er elev og har glemt mit brugernvan").best())
                .hasValueSatisfying(m -> assertThat(m.passageId()).isEqualTo("elev-brugernavn"));
    }

    @Test
    void matchAmongChoosesBetweenTheOfferedCandidatesOnly() {
        List<String> offered = List.of("foraelder-brugernavn", "foraelder-barns-brugernavn", "elev-brugernavn");
        assertThat(KNOWLEDGE.matchAmong("jeg er elev", offered).best())
                .hasValueSatisfying(m -> assertThat(m.passageId()).isEqualTo("elev-brugernavn"));
        assertThat(KNOWLEDGE.matchAmong("min datters", offered).best())
                .hasValueSatisfying(m -> assertThat(m.passageId()).isEqualTo("foraelder-barns-brugernavn"));
        assertThat(KNOWLEDGE.matchAmong("min søn har glemt sin kode", offered).ranked())
                .extracting(PassageMatch::passageId).doesNotContain("skift-adgangskode-barn");
    }

    @Test
    void veryLongMessagesAreMatchedWithoutFailing() {
        String message = "min søn har glemt sin kode ".repeat(500);
        assertThat(KNOWLEDGE.match(message).best())
                .hasValueSatisfying(m -> assertThat(m.passageId()).isEqualTo("skift-adgangskode-barn"));
    }
}
