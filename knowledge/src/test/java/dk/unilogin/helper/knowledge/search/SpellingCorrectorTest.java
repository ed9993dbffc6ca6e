package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.markdown.Guide;
import dk.unilogin.helper.knowledge.markdown.GuideFiles;
import dk.unilogin.helper.knowledge.markdown.GuideReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpellingCorrectorTest {
    private static final GuideAnalyzer ANALYZER = new GuideAnalyzer(TermMappings.bundled());
    private static final GuideIndex INDEX = GuideIndex.build(
            new GuideReader().read(GuideFiles.fromClasspath("guide")), OutsideGuide.bundled(), ANALYZER);
    private static final QueryReader READER = new QueryReader(INDEX, MatcherSettings.defaults());

    @ParameterizedTest
    @CsvSource({"uniligin, unilogin", "unilogni, unilogin", "unilgin, unilogin", "adganskode, adgangskode",
            "brugernvan, brugernavn", "brugernavm, brugernavn", "computr, computer",
            "dattr, datter", "kompjuteren, computer", "komputer, computer"})
    void correctsMisspellingsToWordsTheGuideUses(String typed, String meant) {
        List<QueryTerm> terms = READER.read(typed);
        String expected = TermMappings.analyze(ANALYZER, meant).get(0);
        assertThat(terms).anySatisfy(t -> {
            assertThat(t.corrected()).isTrue();
            assertThat(t.term()).isEqualTo(expected);
        });
        assertThat(terms).allSatisfy(t -> assertThat(t.term()).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pandekager", "sommerferie", "qwerty", "pizza"})
    void leavesWordsFarFromTheGuideUnknown(String typed) {
        // "sommerferie" also yields "ferie", a word only messages outside the guide use.
        assertThat(READER.read(typed)).allSatisfy(t -> assertThat(!t.known() || t.foreign()).isTrue());
    }

    @ParameterizedTest
    @CsvSource({"glemtkode, glemt kode", "minsøn, søn", "harglemt, glemt", "ingenadgang, ingen adgang",
            "forældrebrugernavn, forældre brugernavn"})
    void splitsWordsTypedTogetherIntoTheWordsTheGuideKnows(String typed, String meant) {
        List<String> expected = TermMappings.analyze(ANALYZER, meant).stream().distinct().toList();
        assertThat(READER.read(typed).stream().map(QueryTerm::term).distinct()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(READER.read(typed)).allSatisfy(t -> assertThat(t.known()).isTrue());
    }

    @ParameterizedTest
    @CsvSource({"skolekode, skole kode", "prøvesiden, prøve siden"})
    void aCompoundOfGuideWordsIsSplitBeforeAGuessTwoLettersAway(String typed, String meant) {
        // Each part as a word of its own: "skolekode" is "skole" and "kode", not "skolemad".
        List<String> expected = java.util.Arrays.stream(meant.split(" "))
                .map(part -> TermMappings.analyze(ANALYZER, part).get(0)).toList();
        assertThat(READER.read(typed).stream().map(QueryTerm::term).distinct()).containsAll(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"playstationkoden", "netbankkoden"})
    void aCompoundWhoseFirstPartNamesAnotherThingStillNamesAnotherTopic(String typed) {
        assertThat(READER.read(typed)).anySatisfy(t -> assertThat(t.foreign()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"homework", "skolearbejde", "hjemmeundervisningen", "smitte", "sindssyg", "undskyld", "mvh"})
    void wordsOfTheStoryAroundAQuestionNeverCountAgainstAPassage(String typed) {
        assertThat(READER.read(typed)).allSatisfy(t -> {
            assertThat(t.story()).isTrue();
            assertThat(t.foreign()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"hvor skla vi logge ind", "min søn kna ikke logge ind", "hvordn får jeg nyt kodeord",
            "locked out of unilogin"})
    void aStopWordWithSwappedLettersOrAnEnglishParticleIsNoUnknownWord(String typed) {
        assertThat(READER.read(typed)).allSatisfy(t -> assertThat(t.known()).isTrue());
    }

    @org.junit.jupiter.api.Test
    void ofTwoWordsEquallyNearTheSameIsTakenWhateverOrderTheyWereReadIn() {
        // "dort" is one letter from "dont" and from "dott": which one wins may not depend on a map's order.
        java.util.Map<String, String> oneOrder = new java.util.LinkedHashMap<>();
        oneOrder.put("dont", "ikk");
        oneOrder.put("dott", "barn");
        java.util.Map<String, String> otherOrder = new java.util.LinkedHashMap<>();
        otherOrder.put("dott", "barn");
        otherOrder.put("dont", "ikk");

        assertThat(new SpellingCorrector(oneOrder).correct("dort")).isEqualTo(new SpellingCorrector(otherOrder).correct("dort"));
    }

    @org.junit.jupiter.api.Test
    void theRestIsNotAReset() {
        String reset = TermMappings.analyze(ANALYZER, "nulstille").get(0);
        assertThat(READER.read("resten af klassen er sendt hjem")).noneSatisfy(t -> assertThat(t.term()).isEqualTo(reset));
    }
}
