package dk.unilogin.helper.bot.reading;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrase tables of every language ({@code phrases/<language>.txt}), folded as messages
 * are. A message may mix languages, so lookups use every language's phrases; the files stay
 * per language so that a translator sees one language at a time.
 */
public final class Phrases {
    private final Map<Language, Map<PhraseKind, List<String>>> byLanguage;
    private final Map<PhraseKind, List<String>> all;
    /** {@link #all} with a space on either side, as whole words are looked for. */
    private final Map<PhraseKind, List<String>> padded = new EnumMap<>(PhraseKind.class);
    private final Map<PhraseKind, Set<String>> vocabulary = new EnumMap<>(PhraseKind.class);

    private Phrases(Map<Language, Map<PhraseKind, List<String>>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
        Map<PhraseKind, List<String>> union = new EnumMap<>(PhraseKind.class);
        for (PhraseKind kind : PhraseKind.values()) {
            Set<String> phrases = new LinkedHashSet<>();
            byLanguage.values().forEach(m -> phrases.addAll(m.getOrDefault(kind, List.of())));
            // longest first: "den anden" is found before "anden", "kan vi" before "vi"
            List<String> sorted = new ArrayList<>(phrases);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            union.put(kind, List.copyOf(sorted));
            padded.put(kind, sorted.stream().map(p -> " " + p + " ").toList());
            vocabulary.put(kind, Set.copyOf(phrases));
        }
        this.all = union;
    }

    /** The bundled tables; a bad line stops the start with {@code file:line: problem}. */
    public static Phrases bundled() {
        Map<Language, Map<PhraseKind, List<String>>> tables = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = "phrases/" + language.code() + ".txt";
            try (InputStream in = Phrases.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new KnowledgeFormatException(name, 1, "missing phrase file");
                }
                tables.put(language, parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Phrases(tables);
    }

    /**
     * Reads one language's file. Every kind must be listed; a whole-message phrase may belong
     * to one kind only, so that a message never means two things.
     */
    static Map<PhraseKind, List<String>> parse(String source, String text) {
        Map<PhraseKind, List<String>> table = new EnumMap<>(PhraseKind.class);
        Map<String, PhraseKind> wholeOwner = new HashMap<>();
        for (DataLine line : DataLine.of(text)) {
            int lineNo = line.number();
            if (line.text().indexOf(':') < 0) {
                throw new KnowledgeFormatException(source, lineNo, "expected 'kind: phrase, phrase', found: " + line.text());
            }
            String name = line.key();
            PhraseKind kind = PhraseKind.byFileName(name).orElseThrow(() ->
                    new KnowledgeFormatException(source, lineNo, "unknown phrase kind '" + name + "'"));
            List<String> phrases = table.computeIfAbsent(kind, k -> new ArrayList<>());
            for (String raw : line.rawItems()) {
                String phrase = TextFold.words(raw);
                if (phrase.isEmpty()) {
                    throw new KnowledgeFormatException(source, lineNo, "empty phrase in '" + name + "'");
                }
                if (kind.match() == PhraseKind.Match.WHOLE) {
                    PhraseKind owner = wholeOwner.putIfAbsent(phrase, kind);
                    if (owner != null && owner != kind) {
                        throw new KnowledgeFormatException(source, lineNo, "'" + raw.strip() + "' is already a phrase of '"
                                + owner.fileName() + "'");
                    }
                }
                phrases.add(phrase);
            }
        }
        Set<PhraseKind> missing = new HashSet<>(Set.of(PhraseKind.values()));
        missing.removeAll(table.keySet());
        if (!missing.isEmpty()) {
            throw new KnowledgeFormatException(source, text.split("\n", -1).length, "no phrases for "
                    + missing.stream().map(PhraseKind::fileName).sorted().toList());
        }
        return table;
    }

    /** The phrases of one kind in one language, folded, as listed. */
    public List<String> of(PhraseKind kind, Language language) {
        return byLanguage.get(language).get(kind);
    }

    /** The folded message (see {@link TextFold#words}) is one of the kind's phrases. */
    public boolean isWhole(PhraseKind kind, String words) {
        return vocabulary.get(kind).contains(words);
    }

    /** The folded message holds one of the kind's phrases as whole words. */
    public boolean contains(PhraseKind kind, String words) {
        String message = " " + words + " ";
        for (String p : padded.get(kind)) {
            if (message.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Every word of the folded message is in the kind's vocabulary. */
    public boolean allIn(PhraseKind kind, String words) {
        if (words.isEmpty()) {
            return false;
        }
        Set<String> vocab = vocabulary.get(kind);
        for (String w : words.split(" ")) {
            if (!vocab.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Some word of the folded message is in the kind's vocabulary. */
    public boolean anyIn(PhraseKind kind, String words) {
        Set<String> vocab = vocabulary.get(kind);
        for (String w : words.split(" ")) {
            if (vocab.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The folded message without the kind's phrases (whole words), spaces tidied. */
    public String without(PhraseKind kind, String words) {
        String w = " " + words + " ";
        for (String p : padded.get(kind)) {
            w = w.replace(p, " ");
        }
        return w.strip().replaceAll(" +", " ");
    }

    /** The phrase of the kind the folded message starts with, longest first, or null. */
    public String opening(PhraseKind kind, String words) {
        for (String p : all.get(kind)) {
            if (words.equals(p) || words.startsWith(p + " ")) {
                return p;
            }
        }
        return null;
    }
}
