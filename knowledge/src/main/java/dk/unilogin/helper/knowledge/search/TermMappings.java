package dk.unilogin.helper.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Synonyms and English words mapped to one canonical Danish term, read from lines like
 * {@code adgangskode: kode, kodeord, password}. Every word is analysed the same way as the
 * text it will meet, so inflected forms ("koden", "kodeordet") follow their stem.
 */
public final class TermMappings {
    static final String BUNDLED = "matching/synonyms.txt";

    private final Map<String, String> canonical;

    private TermMappings(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    public static TermMappings bundled() {
        try (InputStream in = TermMappings.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + BUNDLED);
            }
            return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TermMappings parse(String source, String text) {
        Map<String, String> canonical = new HashMap<>();
        try (Analyzer analyzer = GuideAnalyzer.forMappingEntries()) {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'canonical: word, word'");
                }
                String target = single(analyzer, line.substring(0, colon), source, i + 1);
                for (String word : line.substring(colon + 1).split(",")) {
                    if (!word.isBlank()) {
                        String from = single(analyzer, word, source, i + 1);
                        if (!from.equals(target)) {
                            String earlier = canonical.putIfAbsent(from, target);
                            if (earlier != null && !earlier.equals(target)) {
                                throw new IllegalArgumentException(source + ":" + (i + 1) + ": '" + word.strip()
                                        + "' is already mapped to '" + earlier + "'");
                            }
                        }
                    }
                }
            }
        }
        return new TermMappings(canonical);
    }

    public Map<String, String> canonical() {
        return canonical;
    }

    private static String single(Analyzer analyzer, String word, String source, int line) {
        List<String> terms = analyze(analyzer, word);
        if (terms.size() != 1) {
            throw new IllegalArgumentException(source + ":" + line + ": '" + word.strip()
                    + "' must be one word that is not a stop word (analysed to " + terms + ")");
        }
        return terms.get(0);
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
