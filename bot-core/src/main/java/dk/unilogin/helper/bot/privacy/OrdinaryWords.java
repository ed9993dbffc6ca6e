package dk.unilogin.helper.bot.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words and tokens that are never a password whatever is said around them: the list in
 * {@code privacy/ordinary-words.txt} (words describing a password, everyday words, the
 * guide's names), class names ("8.b", "5a", "10.c") and product names with a number
 * ("Office365", "iPhone15").
 */
final class OrdinaryWords {
    private static final Set<String> WORDS = load("/privacy/ordinary-words.txt");
    private static final Set<String> SENTENCE_STARTS = load("/privacy/sentence-starts.txt");
    private static final Pattern CLASS_NAME = Pattern.compile("\\d{1,2}\\.? ?[a-zæøå]", Pattern.CASE_INSENSITIVE);
    /**
     * Product names with a number. Short prefixes only with the numbers products carry ("M365",
     * "PS5", "Win11"): a made-up "ps00" or "m123" is a password, not a product.
     */
    static final Pattern PRODUCT = Pattern.compile("(?i)(?:(?:office|microsoft|windows|iphone|ipad|"
            + "galaxy|pixel|macbook|android|chromebook|surface|xbox|playstation|wifi|covid)[-\\s]?\\d+\\w*"
            + "|[mo]365|ps[1-5]|win(?:7|8|10|11)|ios[-\\s]?\\d{1,2})");

    private OrdinaryWords() {
    }

    static boolean isOrdinary(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return WORDS.contains(lower) || CLASS_NAME.matcher(token).matches() || PRODUCT.matcher(token).matches();
    }

    /** Ordinary as a word or a class name, whatever is said around it; a product name only by its context. */
    static boolean isWordOrClassName(String token) {
        return WORDS.contains(token.toLowerCase(Locale.ROOT)) || CLASS_NAME.matcher(token).matches();
    }

    static boolean isListed(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} starts a sentence of its own ({@code privacy/sentence-starts.txt}): "kodeord: hvordan …". */
    static boolean startsASentence(String word) {
        return SENTENCE_STARTS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        try (InputStream in = OrdinaryWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource.substring(1) + " is missing");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(line -> line.replaceAll("#.*", "").strip().toLowerCase(Locale.ROOT))
                    .filter(line -> !line.isEmpty())
                    .forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
