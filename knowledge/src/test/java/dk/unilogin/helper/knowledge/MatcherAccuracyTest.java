package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.eval.EvalSetReader;
import dk.unilogin.helper.knowledge.eval.MatcherEvaluation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accuracy of the matcher on question sets written the way parents and pupils write:
 * in-scope questions must find their passage, the rest must be declined. Misses are printed.
 */
class MatcherAccuracyTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.loadBundled();

    @ParameterizedTest
    @ValueSource(strings = {"eval/dev.jsonl", "eval/extra.jsonl"})
    void answersInScopeQuestionsAndDeclinesTheRest(String set) {
        MatcherEvaluation evaluation = MatcherEvaluation.run(KNOWLEDGE, EvalSetReader.readResource(set));
        System.out.print(evaluation.report(set));

        assertThat(evaluation.inScopeShare()).as("in-scope share on " + set).isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.declinedShare()).as("declined share on " + set).isGreaterThanOrEqualTo(0.90);
    }
}
