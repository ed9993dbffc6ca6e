package dk.unilogin.helper.knowledge.search;

/**
 * The tuning of the matcher, in one place.
 *
 * @param threshold          least similarity (0..1) for a passage to be offered at all
 * @param clarifyMargin      top two passages closer than this → ask which one is meant
 * @param amongThreshold     least similarity when choosing among offered candidates
 * @param unknownTermFactor  weight of a word the guide never uses, relative to the rarest known word
 * @param correctionPenalty  weight kept by a word matched only after spelling correction
 * @param queryShare         how much covering the user's words counts against covering the example's
 * @param steepness          slope of the confidence curve around the threshold
 * @param minEvidence        least summed weight of the matched words: one common word is no match
 */
public record MatcherSettings(
        double threshold,
        double clarifyMargin,
        double amongThreshold,
        double unknownTermFactor,
        double correctionPenalty,
        double queryShare,
        double steepness,
        double minEvidence) {

    public static MatcherSettings defaults() {
        return new MatcherSettings(0.5, 0.04, 0.2, 0.6, 0.85, 0.7, 10, 0.8);
    }
}
