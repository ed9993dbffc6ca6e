package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.TextFold;
import java.io.Reader;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The one analyzer for the guide index and for users' messages:
 * joined phrases ("uni login", "mit id", "office 365") →
 * {@link StandardTokenizer} → apostrophe endings dropped ("pc'en", "child's") and every number
 * one term ("15 år", "9th grade": the value seldom matters, that there is one does) →
 * {@link LowerCaseFilter} → {@link StopFilter} (Danish and English function words; "hvor",
 * "hvem", "ikke", "eget" are kept) → {@link ScandinavianNormalizationFilter} (aa → å, ae → æ, oe → ø) and the stop words again →
 * {@link DictionaryCompoundWordTokenFilter} (adds "computer" for "skolecomputeren") →
 * {@link StemmerOverrideFilter} (the words of {@code matching/kept-apart.txt} as their own term) →
 * Danish Snowball stemming → {@link ScandinavianFoldingFilter} (æ/ø/å folded, so "born" = "børn") →
 * {@link TermMappingFilter} (synonyms and English words to one canonical term).
 */
public final class GuideAnalyzer extends Analyzer {

    /** {@code matching/phrase-joins.txt}: phrases read as one word before analysis ("uni login", "MitID-kode"). */
    static final String PHRASE_JOINS = "matching/phrase-joins.txt";
    private static final List<PhraseJoin> PHRASES = PhraseJoin.parse(MatchingLists.resource(PHRASE_JOINS));
    private static final LeadingWordsIndex PHRASE_LEADING_WORDS = new LeadingWordsIndex(
            PHRASES.stream().map(PhraseJoin::leading).toList());

    /** {@code matching/kept-apart.txt}: words whose stem would meet a listed word's ("pinligt" and "pin"), each given its own term. */
    static final String KEPT_APART = "matching/kept-apart.txt";
    private static final StemmerOverrideFilter.StemmerOverrideMap KEPT_APART_TERMS = keptApart(MatchingLists.resource(KEPT_APART));

    private static final CharArraySet STOP_WORDS = new CharArraySet(Arrays.asList(
            // Danish
            "jeg", "du", "han", "hun", "den", "det", "de", "vi", "man", "mig", "dig", "os", "jer", "dem", "sig",
            "min", "mit", "mine", "din", "dit", "dine", "sin", "sit", "sine", "hans", "hendes", "deres", "vores",
            "jeres", "en", "et", "og", "eller", "men", "at", "som", "der", "her", "så", "da", "nu", "til", "fra",
            "på", "paa", "saa", "i", "af", "med", "om", "for", "ved", "efter", "ind", "ud", "op", "ned", "er", "var", "være",
            "været", "har", "havde", "have", "kan", "kunne", "skal", "skulle", "vil", "ville", "må", "gør", "gøre",
            "bliver", "blive", "blev", "blevet", "få", "får", "fået", "faa", "faar", "godt", "nå", "okay", "hvordan", "hvad", "lige", "bare", "også", "meget",
            "helt", "gerne", "noget", "nogen", "mere", "igen", "lidt", "jo", "vel", "nok", "sådan", "hvis", "hvorfor",
            "hvornår", "hvornaar", "give", "ham", "hende", "gor", "pa", "sa", "ma", "nar", "hvornar", "ogsa", "sadan", "bade", "både", "giver", "gav", "givet", "altså", "øh", "hmm", "plz", "pls", "please", "venligst",
            // English
            "me", "my", "mine", "you", "your", "he", "she", "his", "her", "it", "its", "we", "our", "they",
            "their", "them", "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with",
            "from", "by", "is", "am", "are", "was", "were", "be", "been", "do", "does", "did", "have", "has",
            "had", "can", "could", "will", "would", "should", "shall", "how", "what", "that", "this", "there",
            "so", "just", "when", "give", "gives", "gave", "given", "into", "up", "as", "if", "ca", "wo", "get", "got", "im", "i'm", "any", "some",
            "out", "off", "about", "also", "too", "then", "than", "him", "himself", "herself"),
            false);

    private static final CharArraySet COMPOUND_PARTS = new CharArraySet(Arrays.asList(
            "computer", "bærbar", "kode", "adgangskode", "brugernavn", "password", "pc"), false);

    /** The kept-apart file's words → their terms; a line without "term: words" is a broken build, named by line. */
    static StemmerOverrideFilter.StemmerOverrideMap keptApart(String text) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (DataLine line : DataLine.of(text)) {
            if (!line.hasKey() || line.items().isEmpty()) {
                throw new KnowledgeFormatException(KEPT_APART, line.number(), "expected 'term: word, word'");
            }
            for (String word : line.items()) {
                builder.add(word, line.key());
            }
        }
        try {
            return builder.build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether {@code word} (lower case, as written) is a stop word. */
    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** Whether {@code word} is one edit from a stop word of at least {@code minLength} letters ("hvordn"). */
    static boolean nearStopWord(String word, int minLength) {
        for (Object stop : STOP_WORDS) {
            String known = new String((char[]) stop);
            if (known.length() >= minLength && Math.abs(known.length() - word.length()) <= 1
                    && EditDistance.between(word, known, 1) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** The term every number becomes. */
    static final String NUMBER = "tal";

    private final Map<String, String> canonical;
    private final Map<String, String> synonymsAsWritten;
    private final boolean decompound;

    /** The full chain, mapping terms to the given canonical forms. */
    public GuideAnalyzer(TermMappings mappings) {
        this(mappings.canonical(), mappings.written(), true);
    }

    private GuideAnalyzer(Map<String, String> canonical, Map<String, String> synonymsAsWritten, boolean decompound) {
        this.canonical = Map.copyOf(canonical);
        this.synonymsAsWritten = Map.copyOf(synonymsAsWritten);
        this.decompound = decompound;
    }

    /** The chain without compounds and mappings: how mapping entries themselves are read. */
    static GuideAnalyzer forMappingEntries() {
        return new GuideAnalyzer(Map.of(), Map.of(), false);
    }

    /** The synonym list's words as written (folded) → canonical term: what spelling correction aims at. */
    Map<String, String> synonymsAsWritten() {
        return synonymsAsWritten;
    }

    /** The synonym map in force: analysed word → canonical term. */
    Map<String, String> canonical() {
        return canonical;
    }

    /**
     * Only the phrase joins that match the text are chained: a char filter per rule buffers and
     * rewrites the whole text, and most texts match none of them.
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        String text;
        try {
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[512];
            for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
                read.append(buffer, 0, n);
            }
            text = read.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Reader joined = new java.io.StringReader(text);
        for (PhraseJoin phrase : joinsMatching(text, true)) {
            joined = new PatternReplaceCharFilter(phrase.pattern, phrase.replacement, joined);
        }
        return joined;
    }

    /**
     * The phrase joins whose expression matches {@code text}, in order; with {@code prescan} an
     * expression runs only when the text holds one of its {@link LeadingWords} (tests compare both).
     */
    static List<PhraseJoin> joinsMatching(String text, boolean prescan) {
        BitSet candidates = prescan ? PHRASE_LEADING_WORDS.candidates(TextFold.regexCase(text)) : null;
        List<PhraseJoin> matching = new java.util.ArrayList<>(2);
        for (int i = 0; i < PHRASES.size(); i++) {
            PhraseJoin phrase = PHRASES.get(i);
            if ((!prescan || candidates.get(i)) && phrase.pattern.matcher(text).find()) {
                matching.add(phrase);
            }
        }
        return matching;
    }

    /** {@code text} with the phrase joins applied, as the analyzer reads it ("fik ny kode for en uge siden" → "fik kode udleveret …"). */
    static String joined(String text) {
        String joined = text;
        for (PhraseJoin phrase : joinsMatching(text, true)) {
            joined = phrase.pattern.matcher(joined).replaceAll(phrase.replacement);
        }
        return joined;
    }

    /** The bundled phrase joins, in order. */
    static List<PhraseJoin> phraseJoins() {
        return PHRASES;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new PatternReplaceFilter(source, Pattern.compile("[’'].*$"), "", false);
        stream = new PatternReplaceFilter(stream, Pattern.compile("^\\d+(st|nd|rd|th|\\.)?$"), NUMBER, false);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new ScandinavianNormalizationFilter(stream);
        // Again after normalisation: stop words written without Danish letters ("ogsaa", "naar").
        stream = new StopFilter(stream, STOP_WORDS);
        if (decompound) {
            stream = new DictionaryCompoundWordTokenFilter(stream, COMPOUND_PARTS, 5, 2, 15, true);
        }
        stream = new StemmerOverrideFilter(stream, KEPT_APART_TERMS);
        stream = new SnowballFilter(stream, new DanishStemmer());
        stream = new ScandinavianFoldingFilter(stream);
        if (!canonical.isEmpty()) {
            stream = new TermMappingFilter(stream, canonical);
        }
        return new TokenStreamComponents(source, stream);
    }

    record PhraseJoin(Pattern pattern, String replacement, LeadingWords leading) {
        private static final String ARROW = " => ";

        PhraseJoin(Pattern pattern, String replacement) {
            this(pattern, replacement, LeadingWords.of(pattern));
        }

        /** A line naming a part of expressions, "{name} = expression". */
        private static final Pattern DEFINITION = Pattern.compile("^\\{([a-z][a-z-]*)\\}\\s+=\\s+(.+)$");
        /** A named part used in an expression; a brace before a letter is no quantifier, so the two cannot be confused. */
        private static final Pattern NAMED_PART = Pattern.compile("\\{([a-z][a-z-]*)\\}");

        /**
         * The rules of a phrase-joins file; a broken line is a broken build, named by line. A line "{name} = expression"
         * names a part that the lines after it use as "{name}" (a list of things many rules share).
         */
        static List<PhraseJoin> parse(String text) {
            List<PhraseJoin> joins = new java.util.ArrayList<>();
            Map<String, String> parts = new java.util.HashMap<>();
            for (DataLine data : DataLine.of(text)) {
                Matcher definition = DEFINITION.matcher(data.text());
                if (definition.matches()) {
                    parts.put(definition.group(1), withParts(definition.group(2), parts, data.number()));
                    continue;
                }
                // "pattern =>" with nothing after it drops what the pattern matches.
                String line = withParts(data.text().endsWith(ARROW.stripTrailing()) ? data.text() + " " : data.text(),
                        parts, data.number());
                int arrow = line.indexOf(ARROW);
                if (arrow <= 0) {
                    throw new KnowledgeFormatException(PHRASE_JOINS, data.number(), "expected 'pattern => replacement'");
                }
                try {
                    joins.add(new PhraseJoin(Pattern.compile(line.substring(0, arrow).strip(),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), line.substring(arrow + ARROW.length()).strip()));
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new KnowledgeFormatException(PHRASE_JOINS, data.number(), "not a regular expression: " + e.getDescription());
                }
            }
            return List.copyOf(joins);
        }

        private static String withParts(String line, Map<String, String> parts, int lineNumber) {
            if (line.indexOf('{') < 0) {
                return line;
            }
            Matcher used = NAMED_PART.matcher(line);
            StringBuilder expanded = new StringBuilder();
            while (used.find()) {
                String part = parts.get(used.group(1));
                if (part == null) {
                    throw new KnowledgeFormatException(PHRASE_JOINS, lineNumber, "no part named {" + used.group(1) + "} above this line");
                }
                used.appendReplacement(expanded, Matcher.quoteReplacement("(?:" + part + ")"));
            }
            used.appendTail(expanded);
            return expanded.toString();
        }
    }
}
