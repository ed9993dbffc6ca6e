package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class UnknownWordsTest {
    private static final GuideAnalyzer ANALYZER = new GuideAnalyzer(TermMappings.bundled());
    private static final UnknownWords WORDS = new UnknownWords(ANALYZER, "# comment\nargh suk\ni aften", "smitte sindssyg");

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static String term(String word) {
        return TermMappings.analyze(ANALYZER, word).get(0);
    }

    @Test
    void sortsUnknownWordsIntoStoryFillerNamesAndOtherTopics() {
        Set<String> names = WORDS.names("min datter Alma har glemt koden til nintendo, argh");

        assertThat(WORDS.classify(term("argh"), names)).isEqualTo(UnknownWords.Kind.FILLER);
        assertThat(WORDS.classify(term("aften"), names)).isEqualTo(UnknownWords.Kind.FILLER);
        assertThat(WORDS.classify(term("Alma"), names)).isEqualTo(UnknownWords.Kind.NAME);
        assertThat(WORDS.classify(term("smitte"), names)).isEqualTo(UnknownWords.Kind.STORY);
        assertThat(WORDS.classify(term("sommerhus"), names)).as("a word of the story names no topic by itself")
                .isEqualTo(UnknownWords.Kind.OTHER);
        assertThat(WORDS.loginTargets("min datter Alma har glemt koden til nintendo, argh"))
                .as("what the code belongs to names another service").contains(term("nintendo"));
        assertThat(WORDS.loginTargets("han kan ikke logge ind på Roblox")).contains(term("roblox"));
        assertThat(WORDS.loginTargets("my son forgot his xbox password")).contains(term("xbox"));
        assertThat(WORDS.loginTargets("min Gmail-adgangskode virker ikke")).contains(term("gmail"));
        assertThat(WORDS.loginTargets("vi har været i sommerhus og hun har glemt sin kode")).doesNotContain(term("sommerhus"));
    }

    @Test
    void aChildTheCodeIsForIsNoOtherService() {
        assertThat(WORDS.loginTargets("kan jeg lave en ny kode til Noah med mit MitID")).doesNotContain(term("Noah"));
        assertThat(WORDS.loginTargets("zoom vil ikke åbne med hans login for Bertram i fjerde klasse"))
                .doesNotContain(term("Bertram"));
        assertThat(WORDS.loginTargets("vi har været igennem glemt adgangskode for Lærke (7.a)"))
                .as("the name is read whole, not cut short before the class").isEmpty();
        assertThat(WORDS.loginTargets("hun har glemt koden til Roblox")).contains(term("Roblox"));
        assertThat(WORDS.loginTargets("vi skal logge på Matematikfessor med Unilogin")).as("a service the Unilogin login opens")
                .doesNotContain(term("Matematikfessor"));
        assertThat(WORDS.loginTargets("han kan ikke logge på Roblox med sin kode")).contains(term("Roblox"));
        assertThat(WORDS.classify(term("emma"), Set.of())).as("a first name typed in lower case").isEqualTo(UnknownWords.Kind.NAME);

        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();
        MatchResult forNoah = knowledge.match("Kan jeg lave en ny kode til Noah med mit MitID i aften? Han har mistet sedlen");
        assertThat(forNoah.decision()).isEqualTo(MatchDecision.ANSWER);
        assertThat(forNoah.ranked().get(0).passageId()).isEqualTo("skift-adgangskode-barn");
        MatchResult forBertram = knowledge.match(
                "Vi har tjekket at hans Unilogin virker, men Teams vil ikke åbne med hans login for Bertram i fjerde klasse. Hvem kan hjælpe?");
        assertThat(forBertram.decision()).isEqualTo(MatchDecision.ANSWER);
        assertThat(forBertram.ranked().get(0).passageId()).isEqualTo("kontakt-skolen");
    }

    @Test
    void aWordNamingAnotherTopicTakesTheMatchAwayFromThePassageButFillerAndNamesDoNot() {
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();

        assertThat(knowledge.match("min datter har glemt koden til sin nintendo").decision()).isEqualTo(MatchDecision.NONE);
        // "netflix" is known only from a message outside the guide: it names another topic too.
        assertThat(knowledge.match("min søn har glemt sit brugernavn til netflix").decision()).isEqualTo(MatchDecision.NONE);
        // A brand known only from messages outside the guide is no person's name, capitalised or not.
        assertThat(knowledge.match("hvordan skifter jeg kodeord på min Gmail").decision()).isEqualTo(MatchDecision.NONE);
        MatchResult withName = knowledge.match("min datter Alma har glemt koden, suk");
        assertThat(withName.decision()).isEqualTo(MatchDecision.ANSWER);
        assertThat(withName.ranked().get(0).passageId()).isEqualTo("skift-adgangskode-barn");
    }

    @Test
    void aNameAfterASignOffOrAnIntroductionOrSignedAtTheEndIsOneTheMessageIntroduces() {
        assertThat(WORDS.introducedNames("Min søn har glemt sin kode. Mvh Hanne")).containsExactly(term("Hanne"));
        assertThat(WORDS.introducedNames("Hvad gør vi? Tak, Morten")).containsExactly(term("Morten"));
        assertThat(WORDS.introducedNames("hej jeg hedder Villads og er 13")).containsExactly(term("Villads"));
        assertThat(WORDS.introducedNames("Kan I hjælpe? /Kenneth")).containsExactly(term("Kenneth"));
        assertThat(WORDS.introducedNames("Det er Annemette, mor til Carl i 2.b.")).containsExactlyInAnyOrder(term("Annemette"),
                term("Carl"));
        assertThat(WORDS.introducedNames("Vi er lige flyttet til Vejle, og hun kan ikke huske sit brugernavn"))
                .as("a town moved to is no typo of 'vejr'").containsExactly(term("Vejle"));
        // Capitalised words elsewhere may be typed words: "Unilgoin" is still a typo of "Unilogin".
        assertThat(WORDS.introducedNames("Min søn kan ikke komme på Unilgoin. Hvad gør vi?")).isEmpty();
        assertThat(WORDS.introducedNames("tak for hjælpen")).isEmpty();
    }

    @Test
    void theBundledListsKnowWhoWritesAndWhatALoginIsForAsTheStory() {
        UnknownWords bundled = UnknownWords.bundled(ANALYZER);
        assertThat(bundled.classify(term("vikar"), Set.of())).as("who writes tells no topic").isEqualTo(UnknownWords.Kind.STORY);
        assertThat(bundled.classify(term("læseprogrammet"), Set.of())).as("a school program a login is for")
                .isEqualTo(UnknownWords.Kind.STORY);
        assertThat(bundled.classify(term("efteråret"), Set.of())).as("when it happened").isEqualTo(UnknownWords.Kind.STORY);
        assertThat(bundled.classify(term("penalhuset"), Set.of())).as("where the note with the code was")
                .isEqualTo(UnknownWords.Kind.STORY);
        assertThat(bundled.classify(term("overhovedet"), Set.of())).isEqualTo(UnknownWords.Kind.FILLER);
        assertThat(bundled.classify(term("julegave"), Set.of())).as("a present names no topic").isEqualTo(UnknownWords.Kind.FILLER);
        assertThat(bundled.classify(term("playstation"), Set.of())).isEqualTo(UnknownWords.Kind.OTHER);
    }

    @Test
    void aCapitalisedNamesGenitiveIsTheName() {
        UnknownWords bundled = UnknownWords.bundled(ANALYZER);
        assertThat(bundled.isFirstName("Almas")).as("Alma's").isTrue();
        assertThat(bundled.isFirstName("Williams")).as("William's").isTrue();
        assertThat(bundled.isFirstName("almas")).as("not capitalised").isFalse();
        assertThat(bundled.isFirstName("Bos")).as("too short a name to be sure").isFalse();
    }
}
