package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns a user's message into weighted terms: the guide's analyzer first, then each word
 * the index does not know is corrected by {@link SpellingCorrector}.
 */
final class QueryReader {
    static final int MAX_MESSAGE_CHARS = 1000;

    private final GuideIndex index;
    private final MatcherSettings settings;
    private final SpellingCorrector spelling;

    QueryReader(GuideIndex index, MatcherSettings settings) {
        this.index = index;
        this.settings = settings;
        this.spelling = new SpellingCorrector(index.reader(), GuideIndex.FIELD, index.analyzer().canonical());
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
            String correction = spelling.correct(term);
            if (correction != null) {
                terms.add(new QueryTerm(correction, index.weight(correction) * settings.correctionPenalty(), true, true));
            } else {
                terms.add(new QueryTerm(term, GuideIndex.MAX_WEIGHT * settings.unknownTermFactor(), false, false));
            }
        }
        return terms;
    }

}
