package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchExplanationTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.loadBundled();

    @Test
    void explainsEveryStageAndDecidesAsMatchDoes() {
        String message = "Hej. Jeg er mor til Emma i 3.b. Hun har glemt sin kode til unilogin, kan du hjælpe?";
        MatchExplanation explanation = KNOWLEDGE.explain(message);

        assertThat(explanation.result()).isEqualTo(KNOWLEDGE.match(message));
        assertThat(explanation.text()).contains("read", "candidates", "score", "decide")
                .contains("skift-adgangskode-barn").contains("writer: parent");
    }

    @Test
    void namesTheAdjustmentThatDeclinedAMessageAboutAnotherTopic() {
        MatchExplanation explanation = KNOWLEDGE.explain("min søn har glemt koden til sin playstation");

        assertThat(explanation.result().decision()).isEqualTo(MatchDecision.NONE);
        assertThat(explanation.text()).contains("foreign topic").contains("playstation");
    }
}
