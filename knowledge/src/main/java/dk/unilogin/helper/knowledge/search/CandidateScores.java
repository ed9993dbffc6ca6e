package dk.unilogin.helper.knowledge.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Each indexed term's Lucene score (BM25) in every text that has it, read from the index once
 * when it is built, and the candidate search over them: the texts a message's terms score
 * highest in, as Lucene's search for a disjunction of those terms ranks them (its clause scores
 * summed as a double, then rounded to a float; ties to the lower document number). The guide's
 * index is small and never changes, so a message needs no query, weight, scorer or collector,
 * only a few array walks. {@code CandidateScoresTest} compares the two on every evaluation question.
 */
final class CandidateScores {
    private record Postings(int[] docs, float[] scores) {
    }

    private final Map<String, Postings> byTerm;
    private final int maxDoc;

    private CandidateScores(Map<String, Postings> byTerm, int maxDoc) {
        this.byTerm = byTerm;
        this.maxDoc = maxDoc;
    }

    /** Every term of {@code field} with its scores. */
    static CandidateScores read(IndexSearcher searcher, String field) throws IOException {
        Map<String, Postings> byTerm = new HashMap<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
        TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
        for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
            String text = bytes.utf8ToString();
            TermQuery query = new TermQuery(new Term(field, text));
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
            int count = 0;
            int[] docs = new int[8];
            float[] scores = new float[8];
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator iterator = scorer.iterator();
                for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                    if (count == docs.length) {
                        docs = Arrays.copyOf(docs, count * 2);
                        scores = Arrays.copyOf(scores, count * 2);
                    }
                    docs[count] = leaf.docBase + doc;
                    scores[count] = scorer.score();
                    count++;
                }
            }
            if (count > 0) {
                byTerm.put(text, new Postings(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count)));
            }
        }
        return new CandidateScores(Map.copyOf(byTerm), searcher.getIndexReader().maxDoc());
    }

    /** How many texts have the term. */
    int docFreq(String term) {
        Postings postings = byTerm.get(term);
        return postings == null ? 0 : postings.docs().length;
    }

    /**
     * The document numbers of the {@code limit} texts the terms score highest in, best first;
     * only texts that have at least one of the terms.
     */
    int[] top(Collection<String> terms, int limit) {
        double[] sums = new double[maxDoc];
        boolean[] hit = new boolean[maxDoc];
        int[] hits = new int[maxDoc];
        int count = 0;
        for (String term : terms) {
            Postings postings = byTerm.get(term);
            if (postings == null) {
                continue;
            }
            int[] docs = postings.docs();
            float[] scores = postings.scores();
            for (int i = 0; i < docs.length; i++) {
                int doc = docs[i];
                if (!hit[doc]) {
                    hit[doc] = true;
                    hits[count++] = doc;
                }
                sums[doc] += scores[i];
            }
        }
        // Lucene hands its collector the float of the summed score; rank by that, then by document. Only the best
        // {@code limit} are kept while reading, in a heap whose root is the worst kept: the rest need no sorting.
        int kept = Math.min(limit, count);
        long[] heap = new long[kept];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int doc = hits[i];
            // A positive float's bits order as the float does: best first is the smallest key.
            long scoreBits = Float.floatToIntBits((float) sums[doc]);
            long key = ((long) (Integer.MAX_VALUE - (int) scoreBits) << 32) | doc;
            if (size < kept) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (kept > 0 && key < heap[0]) {
                heap[0] = key;
                siftDown(heap, kept);
            }
        }
        Arrays.sort(heap);
        int[] top = new int[kept];
        for (int i = 0; i < kept; i++) {
            top[i] = (int) heap[i];
        }
        return top;
    }

    /** Restores a max-heap after {@code heap[at]} was added at the end. */
    private static void siftUp(long[] heap, int at) {
        for (int child = at; child > 0; ) {
            int parent = (child - 1) / 2;
            if (heap[parent] >= heap[child]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[child];
            heap[child] = swap;
            child = parent;
        }
    }

    /** Restores a max-heap of {@code size} keys after its root was replaced. */
    private static void siftDown(long[] heap, int size) {
        for (int parent = 0; ; ) {
            int largest = parent;
            int left = 2 * parent + 1;
            if (left < size && heap[left] > heap[largest]) {
                largest = left;
            }
            if (left + 1 < size && heap[left + 1] > heap[largest]) {
                largest = left + 1;
            }
            if (largest == parent) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[largest];
            heap[largest] = swap;
            parent = largest;
        }
    }
}
