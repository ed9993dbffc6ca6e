package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import org.junit.jupiter.api.Test;

/** The outside-questions file: questions the guide never answers, and the phrases in which such words ask none. */
class OutsideQuestionsTest {

    @Test
    void aQuestionOfLeaveAsksButAnAlternativeDoesNot() {
        OutsideQuestions questions = OutsideQuestions.parse("hvornår \"må vi\"\n[not-asking]\n\"eller må vi\"\n");

        assertThat(questions.asksIn("Må vi tage computeren med på ferie?", true)).isTrue();
        assertThat(questions.asksIn("Kan vi lave en ny kode i aften, eller må vi vente til i morgen?", true)).isFalse();
        assertThat(questions.asksIn("Hvornaar starter skolen?", true)).as("æ, ø, å written out").isTrue();
        assertThat(questions.asksIn("vi må vente", false)).as("the words in that order").isFalse();
    }

    @Test
    void aWordOfTheQuestionsSectionAsksOnlyInAQuestion() {
        OutsideQuestions questions = OutsideQuestions.parse("hvornår\n[in-questions]\ngratis\n");

        assertThat(questions.asksIn("Findes der en gratis app til det?", true)).isTrue();
        assertThat(questions.asksIn("Hun har oprettet en gratis konto.", false)).isFalse();
        assertThat(questions.asksIn("Jeg vil gerne vide hvornår skolen starter.", false)).isTrue();
    }

    @Test
    void aStatementOfWantingToKnowAsksAsAQuestionDoes() {
        OutsideQuestions questions = OutsideQuestions.parse("hvornår\n[in-questions]\n\"en quiz\"\n[wanting-to-know]\n\"vil gerne vide\"\n");

        assertThat(questions.asksIn("Jeg vil gerne vide, hvordan man laver en quiz i Teams.", false)).isTrue();
        assertThat(questions.asksIn("Vi lavede en quiz i Teams i går.", false)).isFalse();
    }

    @Test
    void thanksForWhatWasThanksButThanksInAdvanceDoesNot() {
        OutsideQuestions questions = OutsideQuestions.parse(MatchingLists.resource(OutsideQuestions.BUNDLED));
        assertThat(questions.thanks("Tusind tak for hjælpen i går!")).isTrue();
        assertThat(questions.thanks("Ville bare sige tak.")).isTrue();
        assertThat(questions.thanks("Tak på forhånd, Sara")).isFalse();
    }

    @Test
    void anUnknownSectionIsABrokenFileNamedByLine() {
        assertThatThrownBy(() -> OutsideQuestions.parse("hvornår\n[not-asked]\n\"eller må vi\"\n"))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("outside-questions.txt:2");
    }

    @Test
    void theBundledFileReads() {
        OutsideQuestions questions = OutsideQuestions.parse(MatchingLists.resource(OutsideQuestions.BUNDLED));
        assertThat(questions.asksIn("Har hun ret til ekstra tid til prøven?", true)).isTrue();
        assertThat(questions.asksIn("Hvad koster en ny oplader?", true)).isTrue();
        assertThat(questions.asksIn("Hvordan laver jeg en ny kode til min søn?", true)).isFalse();
        assertThat(questions.asksIn("Hvordan får vi navnet rettet?", true)).isTrue();
        assertThat(questions.asksIn("Og hvad er opsigelsesfristen?", true)).isTrue();
        assertThat(questions.asksIn("Hvad hvis det er fordi hun ikke har ret til lige den tjeneste?", true))
                .as("a right to the service refused is the guide's cause of 'Ingen adgang'").isFalse();
    }

    @Test
    void leaveToTakeOneOfTheGuidesStepsAsksForTheStep() {
        OutsideQuestions questions = OutsideQuestions.parse(MatchingLists.resource(OutsideQuestions.BUNDLED));
        assertThat(questions.asksLeaveForAStep("Må jeg som mor selv sørge for en ny kode i aften?")).isTrue();
        assertThat(questions.asksLeaveForAStep("Er det tilladt bare at slå det op med MitID?")).isTrue();
        assertThat(questions.asksLeaveForAStep("Am I allowed to look up my kid's username myself?")).isTrue();
        assertThat(questions.asksLeaveForAStep("Må man det?")).isFalse();
        assertThat(questions.asksLeaveForAStep("Må man have sin egen bærbare med i skole?")).isFalse();
    }

    @Test
    void thePriceOfOneOfTheGuidesThingsAsksForIt() {
        OutsideQuestions questions = OutsideQuestions.parse(MatchingLists.resource(OutsideQuestions.BUNDLED));
        assertThat(questions.asksHowToTakeAStep("Skal vi betale for en ny kode?")).isTrue();
        assertThat(questions.asksHowToTakeAStep("Hvordan skifter han koden, og hvad koster det?"))
                .as("the price of it in the next clause").isTrue();
        assertThat(questions.asksHowToTakeAStep("Hans kode kan han huske, men hvor bestiller jeg et nyt kort, og koster det "
                + "noget?")).as("a thing two clauses away").isFalse();
        assertThat(questions.asksHowToTakeAStep("Han har glemt koden. Hvad koster en ny iPad?"))
                .as("a thing in a sentence that does not ask").isFalse();
    }

    @Test
    void aQuestionWhoseOtherChoiceAsksHowToGoOnAsksForTheStep() {
        OutsideQuestions questions = OutsideQuestions.parse(MatchingLists.resource(OutsideQuestions.BUNDLED));
        assertThat(questions.asksHowToTakeAStep("Skal vi købe en Office-licens, eller hvem skal vi henvende os til?")).isTrue();
        assertThat(questions.asksHowToTakeAStep("Hvem skal vi henvende os til, eller skal vi købe en licens?"))
                .as("the way on as the first choice").isFalse();
    }
}

