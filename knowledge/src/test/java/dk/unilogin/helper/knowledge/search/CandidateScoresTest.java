package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.markdown.GuideFiles;
import dk.unilogin.helper.knowledge.markdown.GuideReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The candidate search ranks the guide's texts exactly as Lucene's search for a disjunction of
 * the message's terms does, text for text and in the same order: on every evaluation question,
 * and on mixes of the guide's terms no question has.
 */
class CandidateScoresTest {
    private static final GuideAnalyzer ANALYZER = new GuideAnalyzer(TermMappings.bundled());
    private static final GuideIndex INDEX = GuideIndex.build(
            new GuideReader().read(GuideFiles.fromClasspath("guide")), OutsideGuide.bundled(), ANALYZER);
    private static final int CANDIDATES = MatcherSettings.defaults().candidateTexts;
    private static List<String> questions;
    /** Each evaluation question's terms, in the order of {@link #questions}. */
    private static List<Set<String>> questionTerms;

    /**
     * Reads every question once for both tests, each on its own: the analyzer's char filters hold a whole input per phrase
     * rule, and all questions joined into one text would hold tens of megabytes in each.
     */
    @BeforeAll
    static void readQuestions() throws IOException {
        questions = List.copyOf(EvalQuestions.all());
        questionTerms = questions.stream()
                .map(question -> (Set<String>) new LinkedHashSet<>(TermMappings.analyze(ANALYZER, question))).toList();
    }

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    @Test
    void ranksTheTextsOfEveryEvaluationQuestionAsLuceneDoes() throws IOException {
        for (int i = 0; i < questions.size(); i++) {
            Set<String> terms = questionTerms.get(i);
            assertThat(INDEX.candidateScores().top(terms, CANDIDATES)).as(questions.get(i)).containsExactly(lucene(terms, CANDIDATES));
        }
    }

    @Test
    void ranksEveryTextOfGeneratedMixesOfTheGuidesTermsAsLuceneDoes() throws IOException {
        Set<String> guideTerms = new TreeSet<>();
        questionTerms.forEach(guideTerms::addAll);
        List<String> words = new ArrayList<>(guideTerms);
        Random random = new Random(20261201);
        for (int i = 0; i < 3000; i++) {
            Set<String> terms = new LinkedHashSet<>();
            int size = 1 + random.nextInt(30);
            while (terms.size() < size) {
                terms.add(words.get(random.nextInt(words.size())));
            }
            int limit = i % 2 == 0 ? CANDIDATES : 100_000;
            assertThat(INDEX.candidateScores().top(terms, limit)).as(terms.toString()).containsExactly(lucene(terms, limit));
        }
    }

    @Test
    void aMessageWithNoWordOfTheGuideHasNoCandidates() {
        assertThat(INDEX.candidateScores().top(List.of("xyzzy", "qwerty"), CANDIDATES)).isEmpty();
    }

    /** What Lucene's own search returns, best first. */
    private static int[] lucene(Set<String> terms, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            if (INDEX.docFreq(term) > 0) {
                query.add(new TermQuery(new Term(GuideIndex.FIELD, term)), BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery built = query.build();
        if (built.clauses().isEmpty()) {
            return new int[0];
        }
        ScoreDoc[] hits = new IndexSearcher(INDEX.reader()).search(built, limit).scoreDocs;
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        return docs;
    }
}
