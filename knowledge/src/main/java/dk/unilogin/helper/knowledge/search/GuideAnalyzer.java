package dk.unilogin.helper.knowledge.search;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * Danish Snowball stemming → {@link ScandinavianFoldingFilter} (æ/ø/å folded, so "born" = "børn") →
 * {@link TermMappingFilter} (synonyms and English words to one canonical term).
 */
public final class GuideAnalyzer extends Analyzer {

    private static final List<PhraseJoin> PHRASES = List.of(
            new PhraseJoin("\\buni[\\s\\-_.]+(l[a-zæøå]*)", "uni$1"),
            new PhraseJoin("\\b(mit|nem)[\\s\\-]+id\\b", "$1id"),
            new PhraseJoin("\\boffice[\\s\\-]*365\\b", "office365"),
            new PhraseJoin("\\be[\\s\\-]+boks\\b", "eboks"),
            new PhraseJoin("\\b(adgangs|bruger|kode|login|unilogin|skole|elev)[\\s\\-]+(kode|navn|ord|computer|pc)", "$1$2"),
            // Someone who says they are a teenager is a pupil ("jeg er 15", "I'm 16").
            new PhraseJoin("\\b(jeg er|i am|i'm|im)\\s+(1[0-9])\\b", "$1 $2 elev"),
            // Writing to someone is contacting them; "jeg skriver (sent)" only tells how the message came.
            new PhraseJoin("\\b(skrive|skriv|skriver|write|writing)\\s+(til|to)\\b", "kontakte $2"),
            // MitID's own code ("adgangskoden til MitID", "MitID-kodeviser") is MitID's business, not Unilogin's.
            new PhraseJoin("\\b(?:kode|koden|koder|kodeord|kodeordet|adgangskode|adgangskoden|password|pinkode|pinkoden|pin)\\s+(?:til|på|for|to|on)\\s+(?:mit\\s+|min\\s+|dit\\s+|sit\\s+|my\\s+|his\\s+|her\\s+)?(?:mitid|nemid)\\b", "mitidkode"),
            new PhraseJoin("\\b(?:mitid|nemid)(?:[\\s\\-]+|s\\s+)(?:kode|koden|adgangskode|adgangskoden|password|pinkode|pinkoden|pin|kodeviser|kodeviseren)\\b", "mitidkode"),
            // A phone's own code ("koden til hans mobil") unlocks the phone, not Unilogin.
            new PhraseJoin("\\b(?:kode|koden|koder|kodeord|kodeordet|adgangskode|adgangskoden|password|pinkode|pinkoden|pin|passcode)\\s+(?:til|på|for|to|on)\\s+(?:min\\s+|sin\\s+|hans\\s+|hendes\\s+|deres\\s+|vores\\s+|my\\s+|his\\s+|her\\s+|their\\s+|our\\s+|the\\s+)?(?:mobil|mobilen|telefon|telefonen|iphone|iphonen|smartphone|phone)\\b", "telefonkode"),
            // Forgetting to do something ("glemt at skrive lektierne ned") is not forgetting a code.
            new PhraseJoin("\\b(?:glemt|glemte|glemmer|glemme|forgot|forgets|forget)\\s+(at|to)\\s+(?!(?:sin|sit|hans|hendes|min|mit|his|her|my|the|what|hvad|hvordan|how)\\b)", "$1 "),
            // "hvor meget", "hvor længe": how much or how long, not where.
            new PhraseJoin("\\bhvor\\s+(meget|mange|længe|laenge|lange|lang|langt|tit|ofte|gammel|stor|store|hurtigt|sent|tidligt)\\b", "$1"),
            new PhraseJoin("\\b(ca|wo|do|does|did|is|are|was|have|has|should|could|would)n[’']t\\b", "$1 not"));

    private static final CharArraySet STOP_WORDS = new CharArraySet(Arrays.asList(
            // Danish
            "jeg", "du", "han", "hun", "den", "det", "de", "vi", "man", "mig", "dig", "os", "jer", "dem", "sig",
            "min", "mit", "mine", "din", "dit", "dine", "sin", "sit", "sine", "hans", "hendes", "deres", "vores",
            "jeres", "en", "et", "og", "eller", "men", "at", "som", "der", "her", "så", "da", "nu", "til", "fra",
            "på", "paa", "saa", "i", "af", "med", "om", "for", "ved", "efter", "ind", "ud", "op", "ned", "er", "var", "være",
            "været", "har", "havde", "have", "kan", "kunne", "skal", "skulle", "vil", "ville", "må", "gør", "gøre",
            "bliver", "blive", "blev", "blevet", "få", "får", "fået", "faa", "faar", "godt", "nå", "okay", "hvordan", "hvad", "lige", "bare", "også", "meget",
            "helt", "gerne", "noget", "nogen", "mere", "igen", "lidt", "jo", "vel", "nok", "sådan", "hvis", "hvorfor",
            "hvornår", "hvornaar", "give", "ham", "hende", "gor", "pa", "sa", "ma", "nar", "hvornar", "ogsa", "sadan", "bade", "giver", "gav", "givet", "altså", "øh", "hmm", "plz", "pls", "please", "venligst",
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

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        Reader joined = reader;
        for (PhraseJoin phrase : PHRASES) {
            joined = new PatternReplaceCharFilter(phrase.pattern, phrase.replacement, joined);
        }
        return joined;
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
        stream = new SnowballFilter(stream, new DanishStemmer());
        stream = new ScandinavianFoldingFilter(stream);
        if (!canonical.isEmpty()) {
            stream = new TermMappingFilter(stream, canonical);
        }
        return new TokenStreamComponents(source, stream);
    }

    private record PhraseJoin(Pattern pattern, String replacement) {
        PhraseJoin(String regex, String replacement) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), replacement);
        }
    }
}
