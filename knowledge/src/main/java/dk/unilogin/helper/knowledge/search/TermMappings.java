package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Synonyms and English words mapped to one canonical Danish term, read from lines like
 * {@code adgangskode: kode, kodeord, password}. Every word is analysed the same way as the
 * text it will meet, so inflected forms ("koden", "kodeordet") follow their stem.
 */
public final class TermMappings {
    static final String BUNDLED = "matching/synonyms.txt";

    private final Map<String, String> canonical;
    private final Map<String, String> written;

    private TermMappings(Map<String, String> canonical, Map<String, String> written) {
        this.canonical = Map.copyOf(canonical);
        this.written = Map.copyOf(written);
    }

    public static TermMappings bundled() {
        return parse(BUNDLED, MatchingLists.resource(BUNDLED));
    }

    public static TermMappings parse(String source, String text) {
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        try (Analyzer analyzer = GuideAnalyzer.forMappingEntries()) {
            for (DataLine line : DataLine.of(text)) {
                int number = line.number();
                if (!line.hasKey()) {
                    throw new KnowledgeFormatException(source, number, "expected 'canonical: word, word'");
                }
                String target = single(analyzer, line.key(), source, number);
                written.putIfAbsent(SurfaceForm.fold(line.key()), target);
                for (String word : line.rawItems()) {
                    if (!word.isBlank()) {
                        String from = single(analyzer, word, source, number);
                        written.putIfAbsent(SurfaceForm.fold(word), target);
                        if (!from.equals(target)) {
                            String earlier = canonical.putIfAbsent(from, target);
                            if (earlier != null && !earlier.equals(target)) {
                                throw new KnowledgeFormatException(source, number, "'" + word.strip()
                                        + "' is already mapped to '" + earlier + "'");
                            }
                        }
                    }
                }
            }
        }
        return new TermMappings(canonical, written);
    }

    public Map<String, String> canonical() {
        return canonical;
    }

    /** Each listed word as written (folded by {@link SurfaceForm#fold}) → its canonical term. */
    Map<String, String> written() {
        return written;
    }

    private static String single(Analyzer analyzer, String word, String source, int line) {
        List<String> terms = analyze(analyzer, word);
        if (terms.size() != 1) {
            throw new KnowledgeFormatException(source, line, "'" + word.strip()
                    + "' must be one word that is not a stop word (analysed to " + terms + ")");
        }
        return terms.get(0);
    }

    /** The terms of {@code text} with the words they were read from, as written. */
    static List<SurfaceForm> analyzeWithSurface(Analyzer analyzer, String text) {
        List<SurfaceForm> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = Math.max(0, Math.min(offset.startOffset(), text.length()));
                int end = Math.max(start, Math.min(offset.endOffset(), text.length()));
                terms.add(new SurfaceForm(term.toString(), text.substring(start, end)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The analysed terms of every data line of a word list (several words a line, {@code #} comments). */
    static Set<String> analyzeList(Analyzer analyzer, String list) {
        Set<String> terms = new HashSet<>();
        for (DataLine line : DataLine.of(list)) {
            terms.addAll(analyze(analyzer, line.text()));
        }
        return terms;
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
