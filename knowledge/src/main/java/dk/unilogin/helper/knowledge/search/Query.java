package dk.unilogin.helper.knowledge.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a message (or of one part of it) as the scorer weighs them.
 *
 * @param weights      each distinct term's weight (the highest, when a term was read twice)
 * @param total        the sum of the weights
 * @param markerWeight the extra weight held against texts outside the guide: the guide's own
 *                     subject words ("unilogin") make a message less like those
 * @param foreign      how many words name a topic the guide does not cover
 */
record Query(Map<String, Double> weights, double total, double markerWeight, int foreign) {

    static Query of(List<QueryTerm> terms, GuideIndex index, MatcherSettings settings) {
        Map<String, Double> weights = new HashMap<>();
        int foreign = 0;
        for (QueryTerm term : terms) {
            weights.merge(term.term(), term.weight(), Math::max);
            foreign += term.foreign() ? 1 : 0;
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double markers = weights.keySet().stream().filter(index::marksGuide).count() * settings.guideMarkerWeight;
        return new Query(weights, total, markers, foreign);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }
}
