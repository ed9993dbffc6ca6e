package dk.unilogin.helper.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Corrects a word the index does not know to the nearest word it does know ("unilgin",
 * "brugernvan"), or to a synonym's canonical term ("tems" → teams → service). One edit is
 * allowed for short words, two from eight letters; the first letter must match, as people
 * rarely mistype it (only c and k stand for each other). One corrector knows the indexed
 * terms and synonyms as analysed; another knows words as written, so that a misspelled word
 * the stemmer left whole ("dattr") still meets the word it was meant to be ("datter"). The
 * vocabulary is small (the guide's own words), so a scan with an early-exit edit distance is
 * faster than building Levenshtein automata per query.
 */
final class SpellingCorrector {
    private static final int MIN_LENGTH = 4;
    private static final int LONG_WORD = 8;
    /** First letters people swap because they sound alike ("kompjuter", "code"). */
    private static final Map<Character, Character> SOUND_ALIKE = Map.of('k', 'c', 'c', 'k');

    /** Known words by first letter: the word and the indexed term it stands for. */
    private final Map<Character, List<String[]>> vocabulary = new HashMap<>();

    SpellingCorrector(IndexReader reader, String field, Map<String, String> synonyms) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    String word = term.utf8ToString();
                    add(word, word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synonyms.forEach(this::add);
        inStableOrder();
    }

    /** A corrector that knows only the given words as written → their terms. */
    SpellingCorrector(Map<String, String> writtenWords) {
        writtenWords.forEach(this::add);
        inStableOrder();
    }

    /**
     * Of two known words equally near, the first is taken: the lists are sorted so that it is the
     * same in every run (the maps they are read from iterate in an order that differs between runs).
     */
    private void inStableOrder() {
        Comparator<String[]> byWordThenTerm = Comparator.<String[], String>comparing(k -> k[0]).thenComparing(k -> k[1]);
        vocabulary.values().forEach(list -> list.sort(byWordThenTerm));
    }

    private void add(String word, String term) {
        if (word.length() >= MIN_LENGTH) {
            vocabulary.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(new String[] {word, term});
        }
    }

    /** A known word's term and how many edits away from the word typed it is. */
    record Correction(String term, int edits) {
    }

    /** The indexed term nearest to {@code word}, or {@code null} when none is near enough. */
    String correct(String word) {
        Correction nearest = nearest(word);
        return nearest == null ? null : nearest.term();
    }

    /** The indexed term nearest to {@code word} and its distance, or {@code null} when none is near enough. */
    Correction nearest(String word) {
        if (word.length() < MIN_LENGTH) {
            return null;
        }
        int allowed = word.length() >= LONG_WORD ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        List<String[]> candidates = new ArrayList<>(vocabulary.getOrDefault(word.charAt(0), List.of()));
        char soundAlike = SOUND_ALIKE.getOrDefault(word.charAt(0), word.charAt(0));
        if (soundAlike != word.charAt(0)) {
            candidates.addAll(vocabulary.getOrDefault(soundAlike, List.of()));
        }
        for (String[] known : candidates) {
            if (Math.abs(known[0].length() - word.length()) > allowed) {
                continue;
            }
            int distance = EditDistance.between(word, known[0], Math.min(allowed, bestDistance - 1));
            if (distance < bestDistance) {
                best = known[1];
                bestDistance = distance;
            }
        }
        return best == null ? null : new Correction(best, bestDistance);
    }
}
