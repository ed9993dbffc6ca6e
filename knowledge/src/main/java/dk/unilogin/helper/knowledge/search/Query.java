package dk.unilogin.helper.knowledge.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a message (or of one part of it) as the scorer weighs them.
 *
 * @param weights      each distinct term's weight (the highest, when a term was read twice)
 * @param total        the sum of the weights of the words that count against a passage
 * @param storyWeight  the weight of the story's words, which count only against the messages outside the guide
 * @param markerWeight the extra weight held against texts outside the guide: the guide's own
 *                     subject words ("unilogin") make a message less like those
 * @param foreign      how many words name a topic the guide does not cover
 * @param storyTerms   the story's words among {@code weights}
 */
record Query(Map<String, Double> weights, double total, double storyWeight, double markerWeight, int foreign,
             Set<String> storyTerms) {

    static Query of(List<QueryTerm> terms, GuideIndex index, MatcherSettings settings) {
        Map<String, Double> weights = new HashMap<>();
        int foreign = 0;
        Map<String, Double> story = new HashMap<>();
        double scale = unknownScale(terms, settings);
        for (QueryTerm term : terms) {
            if (term.story()) {
                if (term.weight() > 0) {
                    story.merge(term.term(), term.weight(), Math::max);
                }
                continue;
            }
            weights.merge(term.term(), term.known() ? term.weight() : term.weight() * scale, Math::max);
            foreign += !term.foreign() ? 0 : term.codeOwner() ? settings.maxForeignWords : 1;
        }
        double total = 0;
        int markers = 0;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            total += weight.getValue();
            markers += index.marksGuide(weight.getKey()) ? 1 : 0;
        }
        double storyWeight = 0;
        for (Map.Entry<String, Double> weight : story.entrySet()) {
            storyWeight += weight.getValue();
            weights.putIfAbsent(weight.getKey(), weight.getValue());
        }
        return new Query(weights, total, storyWeight, markers * settings.guideMarkerWeight, foreign, Set.copyOf(story.keySet()));
    }

    /** What each unknown word's weight is multiplied by so that together they weigh at most {@code read.max-unknown-weight}. */
    private static double unknownScale(List<QueryTerm> terms, MatcherSettings settings) {
        double unknown = 0;
        for (QueryTerm term : terms) {
            if (!term.known() && !term.story()) {
                unknown += term.weight();
            }
        }
        return unknown > settings.maxUnknownWeight ? settings.maxUnknownWeight / unknown : 1;
    }

    /** The same query, counting at least {@code words} words that name another topic. */
    Query withForeign(int words) {
        return words <= foreign ? this : new Query(weights, total, storyWeight, markerWeight, words, storyTerms);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }
}
