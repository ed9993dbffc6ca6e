package dk.unilogin.helper.bot.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a password named right after a password word, without "er"/"is"/":" between them:
 * "prøvet med kodeordet Rosenkål88", "koden Pingvin55 virker ikke", "password BlueTiger42".
 * Only a token that looks like a secret is taken (letters and digits mixed, or a digit or
 * symbol in six or more characters, or a pin of four digits or more), so "koden til unilogin virker ikke" stays readable.
 */
final class PasswordLikeTokens {
    private static final Pattern DIRECTLY_AFTER = Pattern.compile(
            "(?iu)\\b(" + DisclosedPasswords.WORD + ")\\s+([\"'“”‘’«»]?)(\\S+)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("[\\p{Punct}“”‘’«»]+$");
    private static final int MIN_SYMBOL_SECRET_LENGTH = 6;
    private static final int MIN_PIN_LENGTH = 4;

    /** Everyday words that can follow a password word; never a secret even if written oddly. */
    private static final Set<String> PLAIN = Set.of("unilogin", "mitid", "nemid", "aula", "e-mail", "email",
            "sms", "it", "wi-fi", "wifi", "log-in", "login", "2-faktor", "to-faktor");

    private PasswordLikeTokens() {
    }

    static Redaction redact(String text, String replacement, Prescan scan) {
        if (!scan.mentions(DisclosedPasswords.WORD_CORES)) {
            return new Redaction(text, false);
        }
        Matcher m = DIRECTLY_AFTER.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            String token = m.group(3);
            String bare = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (token.startsWith("[") || !looksSecret(bare) || classInBrackets(bare)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String kept = m.group().substring(0, m.start(3) - m.start());
            m.appendReplacement(out, Matcher.quoteReplacement(kept + replacement + token.substring(bare.length())));
            found = true;
        }
        m.appendTail(out);
        return new Redaction(out.toString(), found);
    }

    /** A class written in brackets after a password word ("kode (2.a)"): the child's class, no password. */
    private static boolean classInBrackets(String bare) {
        return bare.startsWith("(") && OrdinaryWords.isWordOrClassName(bare.substring(1));
    }

    static boolean looksSecret(String token) {
        if (token.isEmpty() || PLAIN.contains(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean letter = token.codePoints().anyMatch(Character::isLetter);
        boolean digit = token.codePoints().anyMatch(Character::isDigit);
        // a hyphen joins words ("e-mail", "log-ind"); any other symbol marks a made-up string
        boolean symbol = token.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '-');
        // four digits or more after a password word is a pin code
        if ((letter && digit) || (!letter && !symbol && token.length() >= MIN_PIN_LENGTH)) {
            return true;
        }
        return (digit || symbol) && token.codePointCount(0, token.length()) >= MIN_SYMBOL_SECRET_LENGTH;
    }
}
