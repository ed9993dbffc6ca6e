package dk.unilogin.helper.knowledge.eval;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the matcher on a question set: an in-scope question is right when the answer's
 * (or the clarification's) first candidate is expected; a "none" question is right when
 * the decision is NONE.
 */
public final class MatcherEvaluation {
    private final List<String> misses = new ArrayList<>();
    private final Map<String, int[]> byKind = new TreeMap<>();
    private int inScope;
    private int inScopeRight;
    private int none;
    private int declined;

    public static MatcherEvaluation run(KnowledgeBase knowledge, List<EvalQuestion> questions) {
        MatcherEvaluation evaluation = new MatcherEvaluation();
        questions.forEach(q -> evaluation.add(q, knowledge.match(q.q())));
        return evaluation;
    }

    private void add(EvalQuestion question, MatchResult result) {
        String got = result.decision() == MatchDecision.NONE ? "none" : result.ranked().get(0).passageId();
        boolean right = question.expectsNone() ? result.decision() == MatchDecision.NONE : question.expect().contains(got);
        if (question.expectsNone()) {
            none++;
            declined += right ? 1 : 0;
        } else {
            inScope++;
            inScopeRight += right ? 1 : 0;
        }
        int[] kind = byKind.computeIfAbsent(question.kind(), k -> new int[2]);
        kind[0] += right ? 1 : 0;
        kind[1]++;
        if (!right) {
            String best = result.best().map(m -> String.format("%s %.2f/%.2f", m.passageId(), m.score(), m.confidence())).orElse("-");
            misses.add(String.format("line %d [%s] \"%s\" expected %s, got %s %s (best %s)", question.line(), question.kind(),
                    question.q(), question.expect(), result.decision(), got, best));
        }
    }

    public double inScopeShare() {
        return inScope == 0 ? 1 : (double) inScopeRight / inScope;
    }

    public double declinedShare() {
        return none == 0 ? 1 : (double) declined / none;
    }

    /** The share right of the questions of one kind; 1 when the set has none of that kind. */
    public double kindShare(String kind) {
        int[] counts = byKind.get(kind);
        return counts == null || counts[1] == 0 ? 1 : (double) counts[0] / counts[1];
    }

    public List<String> misses() {
        return misses;
    }

    public String report(String name) {
        StringBuilder out = new StringBuilder(name).append(": in-scope ").append(inScopeRight).append('/').append(inScope)
                .append(" declined ").append(declined).append('/').append(none).append('\n');
        byKind.forEach((kind, counts) -> out.append("  ").append(kind).append(' ').append(counts[0]).append('/')
                .append(counts[1]).append('\n'));
        misses.forEach(m -> out.append("  miss ").append(m).append('\n'));
        return out.toString();
    }
}
