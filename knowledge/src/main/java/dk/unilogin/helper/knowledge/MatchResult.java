package dk.unilogin.helper.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The matcher's verdict on one message: candidates best first and what to do with them.
 * For {@link MatchDecision#ANSWER} the answer is the first candidate; for
 * {@link MatchDecision#CLARIFY} the candidates to offer are the first ones (at least two);
 * for {@link MatchDecision#NONE} the list may still hold weak candidates for diagnostics.
 */
public record MatchResult(MatchDecision decision, List<PassageMatch> ranked) {
    public MatchResult {
        Objects.requireNonNull(decision, "decision");
        ranked = List.copyOf(ranked);
        if (decision == MatchDecision.ANSWER && ranked.isEmpty()) {
            throw new IllegalArgumentException("an answer needs a candidate");
        }
        if (decision == MatchDecision.CLARIFY && ranked.size() < 2) {
            throw new IllegalArgumentException("a clarification needs two candidates");
        }
    }

    public static MatchResult none(List<PassageMatch> weakCandidates) {
        return new MatchResult(MatchDecision.NONE, weakCandidates);
    }

    public Optional<PassageMatch> best() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }
}
