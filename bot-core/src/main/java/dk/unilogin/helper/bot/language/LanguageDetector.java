package dk.unilogin.helper.bot.language;

import dk.unilogin.helper.knowledge.Language;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells Danish from English in a short chat message by counting function words of each
 * language; æ, ø and å count for Danish. Empty when the message gives no evidence ("ok",
 * "Unilogin"), so the conversation keeps the language it has.
 */
public final class LanguageDetector {
    private static final Set<String> ENGLISH = Set.copyOf(java.util.List.of(
            "the", "my", "i'm", "im", "is", "are", "am", "how", "what", "what's", "where", "who", "why", "when",
            "do", "does", "did", "can", "cannot", "can't", "cant", "not", "don't", "dont", "doesn't", "didn't",
            "forgot", "forgotten", "username", "child", "children", "daughter", "son", "kid", "kids",
            "on", "to", "a", "an", "help", "thanks", "thank", "you", "hello", "hi", "please", "with",
            "it", "work", "works", "working", "school", "pupil", "parent", "says", "no", "access", "activate",
            "as", "contact", "of", "this", "that", "and", "or", "she", "he",
            "his", "our", "we", "your", "get", "find", "new", "still", "about", "bye", "goodbye", "yes", "who's",
            "are", "there", "should", "where's", "which", "want", "need", "have", "has", "be", "there", "than"));
    private static final Set<String> DANISH = Set.copyOf(java.util.List.of(
            "jeg", "mit", "min", "mine", "har", "er", "ikke", "og", "hvordan", "hvad", "hvor", "hvem", "kan",
            "til", "på", "det", "den", "en", "et", "vi", "skal", "barn", "barns", "søn", "datter", "glemt", "kode",
            "koden", "adgangskode", "adgangskoden", "brugernavn", "logge", "ind", "med", "hej", "hejsa", "tak",
            "mange", "hjælp", "hjælpe", "virker", "vil", "af", "at", "som", "fra", "der", "sin", "sit", "hans",
            "hendes", "vores", "jer", "du", "dig", "mig", "så", "også", "men", "eller", "elev", "forælder",
            "skolen", "skole", "nej", "ja", "farvel", "nu", "stadig", "næste", "tilbage", "får", "få", "ny",
            "gør", "giver", "kontakte", "ingen", "adgang", "står", "computeren", "nogen", "hvorfor", "hvornår", "trin",
            "for", "hvilken", "hvilke", "skolens", "ham", "hende", "os", "dem", "været", "være", "blevet", "kun",
            "selv", "eget", "egen", "datteren", "sønnen", "barnet", "ungen", "koden", "login", "mor", "far"));

    /**
     * Quoted words are what a screen said ("der står \"Ingen adgang\"", she gets "ingen adgang"),
     * not the writer's language; they count only when nothing else is left.
     */
    private static String withoutQuotes(String text) {
        if (!hasOpeningQuote(text)) {
            return text;
        }
        String rest = QUOTED.matcher(text).replaceAll(" ");
        return rest.isBlank() ? text : rest;
    }

    /** Every quotation {@link #QUOTED} finds opens with one of these. */
    private static boolean hasOpeningQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '„' || c == '«') {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»");

    public Optional<Language> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = withoutQuotes(text).toLowerCase(Locale.ROOT);
        int danish = 0;
        int english = 0;
        for (char c : lower.toCharArray()) {
            if (c == 'æ' || c == 'ø' || c == 'å') {
                danish += 2;
            }
        }
        for (String word : lower.split("[^\\p{L}']+")) {
            if (DANISH.contains(word)) {
                danish++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        if (english > danish) {
            return Optional.of(Language.EN);
        }
        if (danish > english) {
            return Optional.of(Language.DA);
        }
        return Optional.empty();
    }
}
