package dk.unilogin.helper.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * Stage 2, candidates: the indexed texts (titles, examples, body paragraphs, messages outside
 * the guide) that share a word with the message, fetched from the Lucene index.
 */
final class CandidateSearch {
    private final GuideIndex index;
    private final MatcherSettings settings;

    CandidateSearch(GuideIndex index, MatcherSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    List<IndexedText> find(Query query, ExplainLog log) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        query.weights().forEach((term, weight) -> {
            org.apache.lucene.search.TermQuery termQuery = index.termQuery(term);
            if (termQuery != null) {
                builder.add(termQuery, BooleanClause.Occur.SHOULD);
            }
        });
        BooleanQuery lucene = builder.build();
        if (lucene.clauses().isEmpty()) {
            log.add("candidates", "no word of the message is in the guide");
            return List.of();
        }
        List<IndexedText> texts = new ArrayList<>();
        try {
            for (ScoreDoc hit : index.searcher().search(lucene, settings.candidateTexts).scoreDocs) {
                texts.add(index.text(hit.doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
