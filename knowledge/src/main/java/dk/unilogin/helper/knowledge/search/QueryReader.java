package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a user's message into weighted terms: the guide's analyzer first, then each word
 * the index does not know is corrected by {@link SpellingCorrector}.
 */
final class QueryReader {
    static final int MAX_MESSAGE_CHARS = 1000;
    /** Filler ("argh", "i aften") weighs half of another unknown word: it hardly dilutes the question. */
    private static final double FILLER_SHARE = 0.5;

    private final GuideIndex index;
    private final MatcherSettings settings;
    private final SpellingCorrector spelling;
    private final UnknownWords unknownWords;

    QueryReader(GuideIndex index, MatcherSettings settings) {
        this.index = index;
        this.settings = settings;
        this.spelling = new SpellingCorrector(index.reader(), GuideIndex.FIELD, index.analyzer().canonical());
        this.unknownWords = UnknownWords.bundled(index.analyzer());
    }

    List<QueryTerm> read(String message) {
        String text = message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message;
        List<QueryTerm> terms = new ArrayList<>();
        Set<String> names = unknownWords.names(text);
        for (String term : new LinkedHashSet<>(TermMappings.analyze(index.analyzer(), text))) {
            int docFreq = index.docFreq(term);
            if (docFreq > 0) {
                terms.add(new QueryTerm(term, index.weight(term), true, false, namesOutsideTopic(term)));
                continue;
            }
            String correction = spelling.correct(term);
            if (correction != null) {
                terms.add(new QueryTerm(correction, index.weight(correction) * settings.correctionPenalty(), true, true,
                        namesOutsideTopic(correction)));
            } else {
                UnknownWords.Kind kind = unknownWords.classify(term, names);
                terms.add(new QueryTerm(term, unknownWeight(kind), false, false, kind == UnknownWords.Kind.FOREIGN));
            }
        }
        return terms;
    }

    /**
     * A word only the messages outside the guide use names one of their topics ("netflix", "syg"),
     * also when it is capitalised as a brand is ("Gmail"): such a word is no person's name.
     */
    private boolean namesOutsideTopic(String term) {
        return index.onlyOutsideGuide(term) && unknownWords.classify(term, Set.of()) == UnknownWords.Kind.FOREIGN;
    }

    private double unknownWeight(UnknownWords.Kind kind) {
        double weight = GuideIndex.MAX_WEIGHT * settings.unknownTermFactor();
        return kind == UnknownWords.Kind.FILLER ? weight * FILLER_SHARE : weight;
    }

}
