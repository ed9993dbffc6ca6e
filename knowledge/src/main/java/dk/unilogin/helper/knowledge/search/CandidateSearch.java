package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2, candidates: the indexed texts (titles, examples, body paragraphs, messages outside
 * the guide) that share a word with the message, ranked by their Lucene (BM25) scores.
 */
final class CandidateSearch {
    private final GuideIndex index;
    private final MatcherSettings settings;

    CandidateSearch(GuideIndex index, MatcherSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    List<IndexedText> find(Query query, ExplainLog log) {
        int[] top = index.candidateScores().top(query.weights().keySet(), settings.candidateTexts);
        if (top.length == 0) {
            log.add("candidates", "no word of the message is in the guide");
            return List.of();
        }
        List<IndexedText> texts = new ArrayList<>(top.length);
        for (int doc : top) {
            texts.add(index.text(doc));
        }
        if (log.on()) {
            long outside = texts.stream().filter(IndexedText::outsideGuide).count();
            long passages = texts.stream().filter(t -> !t.outsideGuide()).map(IndexedText::passageId).distinct().count();
            log.add("candidates", texts.size() + " texts share a word: " + passages + " passage(s), " + outside
                    + " message(s) outside the guide");
        }
        return texts;
    }
}
