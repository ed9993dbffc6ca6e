package dk.unilogin.helper.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Turns a user's message into weighted terms: the guide's analyzer first, then each word
 * the index does not know is corrected to the nearest word it does know ("unilgin",
 * "brugernvan"), allowing one edit for short words and two for long ones.
 */
final class QueryReader {
    static final int MAX_MESSAGE_CHARS = 1000;
    private static final float ACCURACY = 0.74f;
    private static final int MIN_CORRECTED_LENGTH = 4;
    private static final int MIN_SYNONYM_LENGTH = 4;

    private final GuideIndex index;
    private final MatcherSettings settings;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    QueryReader(GuideIndex index, MatcherSettings settings) {
        this.index = index;
        this.settings = settings;
        spellChecker.setMinQueryLength(4);
        spellChecker.setMaxEdits(2);
        spellChecker.setMinPrefix(1);
        spellChecker.setAccuracy(ACCURACY);
    }

    List<QueryTerm> read(String message) {
        String text = message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message;
        List<QueryTerm> terms = new ArrayList<>();
        for (String term : new LinkedHashSet<>(TermMappings.analyze(index.analyzer(), text))) {
            int docFreq = index.docFreq(term);
            if (docFreq > 0) {
                terms.add(new QueryTerm(term, index.weight(term), true, false));
                continue;
            }
            String correction = correct(term);
            if (correction != null) {
                terms.add(new QueryTerm(correction, index.weight(correction) * settings.correctionPenalty(), true, true));
            } else {
                terms.add(new QueryTerm(term, GuideIndex.MAX_WEIGHT * settings.unknownTermFactor(), false, false));
            }
        }
        return terms;
    }

    private String correct(String term) {
        if (term.length() < MIN_SYNONYM_LENGTH) {
            return null;
        }
        if (term.length() < MIN_CORRECTED_LENGTH) {
            return nearestSynonym(term);
        }
        try {
            SuggestWord[] suggestions = spellChecker.suggestSimilar(new Term(GuideIndex.FIELD, term), 1,
                    index.reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, ACCURACY);
            if (suggestions.length > 0) {
                return suggestions[0].string;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nearestSynonym(term);
    }

    /**
     * The index holds only canonical terms, so a misspelt synonym ("tems" for "teams") is
     * looked up among the synonym map's words and replaced by their canonical term.
     */
    private String nearestSynonym(String term) {
        int allowed = term.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        for (Map.Entry<String, String> synonym : index.analyzer().canonical().entrySet()) {
            String word = synonym.getKey();
            if (Math.abs(word.length() - term.length()) > allowed || word.length() < MIN_SYNONYM_LENGTH) {
                continue;
            }
            int distance = EditDistance.between(term, word, allowed);
            if (distance < bestDistance && index.docFreq(synonym.getValue()) > 0) {
                best = synonym.getValue();
                bestDistance = distance;
            }
        }
        return best;
    }
}
