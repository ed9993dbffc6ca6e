package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the passage a message asks about. Lucene retrieves the indexed texts sharing words
 * with the message; each is then scored by how much of the message it covers and how much
 * of itself the message covers, both weighted by how telling each word is. A passage scores
 * as its best text. Words the guide never uses lower the score, so a message about something
 * else falls below the threshold; texts known to lie outside the guide (greetings, other
 * log-ins) take the match away from the passages when they fit better.
 */
public final class PassageMatcher {
    private static final int CANDIDATE_TEXTS = 64;
    private static final int SHORT_MESSAGE_TERMS = 4;
    private static final double GUIDE_MARKER_WEIGHT = 1.5;
    private static final double LONG_MESSAGE_SLOPE = 0.04;
    private static final double MIN_QUERY_SHARE = 0.35;
    /**
     * Each word that seems to name a topic the guide does not cover ("playstation", "fravær")
     * multiplies every passage's score by this: guide words around it ("min søn har glemt koden
     * til …") must not carry the message to a passage.
     */
    private static final double FOREIGN_TOPIC_FACTOR = 0.7;

    private final GuideIndex index;
    private final MatcherSettings settings;
    private final QueryReader queryReader;

    private final RequiredWords requiredWords;

    public PassageMatcher(GuideIndex index, MatcherSettings settings, RequiredWords requiredWords) {
        this.index = index;
        this.settings = settings;
        this.queryReader = new QueryReader(index, settings);
        this.requiredWords = requiredWords;
    }

    public MatchResult match(String message) {
        return rank(message, null, settings.threshold());
    }

    public MatchResult matchAmong(String message, Collection<String> passageIds) {
        return rank(message, Set.copyOf(passageIds), settings.amongThreshold());
    }

    private MatchResult rank(String message, Set<String> allowed, double threshold) {
        List<QueryTerm> terms = queryReader.read(message == null ? "" : message);
        Map<String, Double> query = weights(terms);
        // Only an opening question is judged for other topics; a reply picks among passages already offered.
        double foreignFactor = allowed != null ? 1 : Math.pow(FOREIGN_TOPIC_FACTOR, terms.stream().filter(QueryTerm::foreign).count());
        double queryWeight = query.values().stream().mapToDouble(Double::doubleValue).sum();
        double markerWeight = query.keySet().stream().filter(index::marksGuide).count() * GUIDE_MARKER_WEIGHT;
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        query.forEach((term, weight) -> {
            if (index.docFreq(term) > 0) {
                builder.add(new TermQuery(new Term(GuideIndex.FIELD, term)), BooleanClause.Occur.SHOULD);
            }
        });
        BooleanQuery luceneQuery = builder.build();
        if (luceneQuery.clauses().isEmpty()) {
            return MatchResult.none(List.of());
        }
        Map<String, Double> best = new LinkedHashMap<>();
        double outside = 0;
        for (ScoreDoc hit : search(luceneQuery)) {
            IndexedText text = index.text(hit.doc);
            // A message that names the guide's subject ("unilogin") is further from any text outside it.
            double similarity = similarity(query, queryWeight + (text.outsideGuide() ? markerWeight : 0), text);
            if (text.outsideGuide()) {
                outside = allowed == null ? Math.max(outside, similarity) : outside;
            } else if (allowed == null || allowed.contains(text.passageId())) {
                double required = allowed != null || requiredWords.allows(text.passageId(), query.keySet()) ? 1 : FOREIGN_TOPIC_FACTOR;
                best.merge(text.passageId(), similarity * foreignFactor * required, Math::max);
            }
        }
        return decide(best, outside, threshold);
    }

    private List<ScoreDoc> search(BooleanQuery query) {
        IndexSearcher searcher = index.searcher();
        try {
            return List.of(searcher.search(query, CANDIDATE_TEXTS).scoreDocs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Double> weights(List<QueryTerm> terms) {
        Map<String, Double> weights = new HashMap<>();
        for (QueryTerm term : terms) {
            weights.merge(term.term(), term.weight(), Math::max);
        }
        return weights;
    }

    private double similarity(Map<String, Double> query, double queryWeight, IndexedText text) {
        double coveredOfQuery = 0;
        double coveredOfText = 0;
        String[] terms = text.terms();
        for (int i = 0; i < terms.length; i++) {
            Double weight = query.get(terms[i]);
            if (weight != null) {
                coveredOfQuery += weight;
                coveredOfText += text.termWeights()[i];
            }
        }
        if (coveredOfQuery < settings.minEvidence() || text.weight() == 0) {
            return 0;
        }
        double queryCoverage = coveredOfQuery / queryWeight;
        double textCoverage = Math.min(1, coveredOfText / text.weight());
        double share = queryShare(query.size());
        return Math.pow(queryCoverage, share) * Math.pow(textCoverage, 1 - share) * text.kind().factor;
    }

    /**
     * A long message carries words beside its question ("… og han skal bruge den i morgen til
     * en prøve"): the longer it is, the more a text's own coverage counts against the message's.
     */
    private double queryShare(int terms) {
        double share = settings.queryShare() - LONG_MESSAGE_SLOPE * Math.max(0, terms - SHORT_MESSAGE_TERMS);
        return Math.max(MIN_QUERY_SHARE, share);
    }

    private MatchResult decide(Map<String, Double> best, double outside, double threshold) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        List<PassageMatch> matches = new ArrayList<>();
        for (Map.Entry<String, Double> entry : ranked) {
            matches.add(new PassageMatch(entry.getKey(), entry.getValue(), confidence(entry.getValue(), outside, threshold)));
        }
        if (matches.isEmpty()) {
            return MatchResult.none(matches);
        }
        double top = matches.get(0).score();
        if (top < threshold || outside >= top) {
            return MatchResult.none(matches);
        }
        if (matches.size() > 1) {
            double second = matches.get(1).score();
            if (second >= threshold && top - second < settings.clarifyMargin()) {
                return new MatchResult(MatchDecision.CLARIFY, matches);
            }
        }
        return new MatchResult(MatchDecision.ANSWER, matches);
    }

    /** 0.5 at the threshold, rising to 1 with the score; a better fit outside the guide pulls it under 0.5. */
    private double confidence(double score, double outside, double threshold) {
        double effective = outside >= score ? Math.min(score, threshold) - (outside - score) - 0.01 : score;
        double value = 1 / (1 + Math.exp(-settings.steepness() * (effective - threshold)));
        return Math.max(0, Math.min(1, value));
    }
}
