package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Set;

/**
 * Stage 3, score: how well each candidate text fits the message. A text scores by how much of
 * the message it covers and how much of itself the message covers, both weighted by how telling
 * each word is; a passage scores as its best text. Texts outside the guide are scored the same
 * way, held against the guide's subject words the message uses.
 */
final class TextScorer {
    private final MatcherSettings settings;

    TextScorer(MatcherSettings settings) {
        this.settings = settings;
    }

    /** The sheet for {@code query} over {@code texts}; {@code allowed} null means every passage and the outside texts. */
    ScoreSheet score(Query query, List<IndexedText> texts, Set<String> allowed, ExplainLog log) {
        ScoreSheet sheet = new ScoreSheet();
        for (IndexedText text : texts) {
            if (text.outsideGuide()) {
                if (allowed == null && !(onlyStoryWords(query, text) && query.total() >= settings.minEvidence)) {
                    // A greeting or a thank-you outside the guide ("hej") is not what a message that says more is about.
                    sheet.offerOutside(text, similarity(query, query.total() + query.storyWeight() + query.markerWeight(), text));
                }
            } else if (allowed == null || allowed.contains(text.passageId())) {
                sheet.offer(text, similarity(query, query.total(), text));
            }
        }
        if (log.on()) {
            for (ScoreSheet.Entry e : sheet.ranked()) {
                log.add("score", String.format("%-27s %.3f  best text: \"%s\"", e.passageId, e.score, brief(e.text.source())));
            }
            if (sheet.outsideText != null) {
                log.add("score", String.format("%-27s %.3f  best text: \"%s\"", "(outside the guide)", sheet.outside,
                        brief(sheet.outsideText.source())));
            }
        }
        return sheet;
    }

    /** Whether the words {@code text} shares with the message are all words of the story. */
    private static boolean onlyStoryWords(Query query, IndexedText text) {
        for (String term : text.terms()) {
            if (query.weights().containsKey(term) && !query.storyTerms().contains(term)) {
                return false;
            }
        }
        return true;
    }

    double similarity(Query query, double queryWeight, IndexedText text) {
        double coveredOfQuery = 0;
        double coveredOfText = 0;
        String[] terms = text.terms();
        for (int i = 0; i < terms.length; i++) {
            Double weight = query.weights().get(terms[i]);
            if (weight != null) {
                coveredOfQuery += weight;
                coveredOfText += text.termWeights()[i];
            }
        }
        if (coveredOfQuery < settings.minEvidence || text.weight() == 0) {
            return 0;
        }
        double queryCoverage = coveredOfQuery / queryWeight;
        double textCoverage = Math.min(1, coveredOfText / text.weight());
        double share = queryShare(query.weights().size());
        return Math.pow(queryCoverage, share) * Math.pow(textCoverage, 1 - share) * settings.kindFactor(text.kind());
    }

    /**
     * A long message carries words beside its question ("… og han skal bruge den i morgen til
     * en prøve"): the longer it is, the more a text's own coverage counts against the message's.
     */
    private double queryShare(int terms) {
        double share = settings.queryShare - settings.longMessageSlope * Math.max(0, terms - settings.shortMessageTerms);
        return Math.max(settings.minQueryShare, share);
    }

    static String brief(String text) {
        String line = text.replace('\n', ' ').strip();
        return line.length() <= 70 ? line : line.substring(0, 67) + "...";
    }
}
