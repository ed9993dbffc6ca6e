package dk.unilogin.helper.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The matcher's verdict on one message: candidates best first and what to do with them.
 * For {@link MatchDecision#ANSWER} the answer is the first candidate; for
 * {@link MatchDecision#CLARIFY} the candidates to offer are the first ones (at least two);
 * for {@link MatchDecision#NONE} the list may still hold weak candidates for diagnostics.
 *
 * @param part     the part of the message the verdict came from: the sentence or clause that
 *                 states the need, or the whole message
 * @param alsoAsked further needs the message states, in the order written, each with its passage
 * @param choices  for {@link MatchDecision#CLARIFY}, how many of the first candidates to offer
 */
public record MatchResult(MatchDecision decision, List<PassageMatch> ranked, String part, List<AlsoAsked> alsoAsked,
                          int choices) {

    /** A further need of the same message: the part that states it and the passage that answers it. */
    public record AlsoAsked(String part, String passageId) {
        public AlsoAsked {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(passageId, "passageId");
        }
    }

    public MatchResult(MatchDecision decision, List<PassageMatch> ranked) {
        this(decision, ranked, "", List.of(), decision == MatchDecision.CLARIFY ? 2 : 0);
    }

    public MatchResult {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(part, "part");
        ranked = List.copyOf(ranked);
        alsoAsked = List.copyOf(alsoAsked);
        if (decision == MatchDecision.ANSWER && ranked.isEmpty()) {
            throw new IllegalArgumentException("an answer needs a candidate");
        }
        if (decision == MatchDecision.CLARIFY && (ranked.size() < 2 || choices < 2 || choices > ranked.size())) {
            throw new IllegalArgumentException("a clarification needs two candidates to offer");
        }
    }

    public static MatchResult none(List<PassageMatch> weakCandidates) {
        return new MatchResult(MatchDecision.NONE, weakCandidates);
    }

    /** The same verdict, said to come from {@code part} with {@code also} asked besides. */
    public MatchResult from(String part, List<AlsoAsked> also) {
        return new MatchResult(decision, ranked, part, also, choices);
    }

    /** A clarification offering the first {@code count} of {@code candidates}. */
    public static MatchResult clarify(List<PassageMatch> candidates, int count) {
        return new MatchResult(MatchDecision.CLARIFY, candidates, "", List.of(), count);
    }

    /** The passages to offer: for a clarification the first {@link #choices}, for an answer the first, else none. */
    public List<String> offered() {
        int count = switch (decision) {
            case CLARIFY -> choices;
            case ANSWER -> 1;
            case NONE -> 0;
        };
        return ranked.subList(0, count).stream().map(PassageMatch::passageId).toList();
    }

    public Optional<PassageMatch> best() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }
}
