package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.eval.EvalSetReader;
import dk.unilogin.helper.knowledge.eval.MatcherEvaluation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accuracy of the matcher on question sets written the way parents and pupils write:
 * in-scope questions must find their passage, the rest must be declined. Misses are printed.
 */
class MatcherAccuracyTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.loadBundled();

    /**
     * fresh.jsonl was written from the guide alone, in wording unlike the other two sets, before
     * the matcher was measured on it (116/139 and 44/51 then); its misses led to general language
     * handling, not to its sentences. Its floors sit just under what the matcher reaches now.
     */
    @ParameterizedTest
    @CsvSource({"eval/dev.jsonl, 0.95, 0.90", "eval/extra.jsonl, 0.95, 0.90", "eval/fresh.jsonl, 0.93, 0.90"})
    void answersInScopeQuestionsAndDeclinesTheRest(String set, double inScopeFloor, double declinedFloor) {
        MatcherEvaluation evaluation = MatcherEvaluation.run(KNOWLEDGE, EvalSetReader.readResource(set));
        System.out.print(evaluation.report(set));

        assertThat(evaluation.inScopeShare()).as("in-scope share on " + set).isGreaterThanOrEqualTo(inScopeFloor);
        assertThat(evaluation.declinedShare()).as("declined share on " + set).isGreaterThanOrEqualTo(declinedFloor);
    }
}
