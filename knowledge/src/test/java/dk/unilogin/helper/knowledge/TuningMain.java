package dk.unilogin.helper.knowledge;

import dk.unilogin.helper.knowledge.eval.EvalQuestion;
import dk.unilogin.helper.knowledge.eval.EvalSetReader;
import dk.unilogin.helper.knowledge.eval.MatcherEvaluation;
import dk.unilogin.helper.knowledge.markdown.GuideFiles;
import dk.unilogin.helper.knowledge.search.MatcherSettings;
import java.util.ArrayList;
import java.util.List;

/** Development aid: accuracy over a small grid of threshold and unknown-word weight. */
public final class TuningMain {
    public static void main(String[] args) {
        List<EvalQuestion> questions = new ArrayList<>(EvalSetReader.readResource("eval/dev.jsonl"));
        questions.addAll(EvalSetReader.readResource("eval/extra.jsonl"));
        MatcherSettings d = MatcherSettings.defaults();
        for (double threshold : new double[] {0.45, 0.5, 0.55}) {
            for (double unknown : new double[] {0.5, 0.6, 0.7, 0.8}) {
                for (double share : new double[] {0.6, 0.7}) {
                    MatcherSettings s = d.with("decide.threshold", threshold).with("read.unknown-term-factor", unknown)
                            .with("score.query-share", share);
                    MatcherEvaluation e = MatcherEvaluation.run(
                            KnowledgeLoader.build(GuideFiles.fromClasspath("guide"), s), questions);
                    System.out.printf("t=%.2f u=%.1f q=%.1f in-scope %.3f declined %.3f%n", threshold, unknown, share,
                            e.inScopeShare(), e.declinedShare());
                }
            }
        }
    }
}
