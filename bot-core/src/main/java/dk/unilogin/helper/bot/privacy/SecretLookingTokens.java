package dk.unilogin.helper.bot.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pasted password anywhere in a message, with no password word near it: "Sommer2024!",
 * "hun bruger Bamse2015 som kode". Only tokens no one writes as a plain word are taken: six
 * characters or more, letters and digits mixed, and upper and lower case mixed or a symbol
 * inside; in a message that talks about passwords also a plain "sommer2024". Device and product names of that shape ("Office365", "iPhone15") are kept, so the question still reads.
 */
final class SecretLookingTokens {
    private static final Pattern TOKEN = Pattern.compile("[^\\s\"'“”‘’«»()]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}]+|[.,!?;:]+$");
    private static final int MIN_LENGTH = 6;
    private static final Pattern PASSWORD_TALK = Pattern.compile("(?iu)\\b(" + DisclosedPasswords.WORD + ")\\b");
    private SecretLookingTokens() {
    }

    /** Only a token with a digit is taken: a text without one is not searched. */
    static Redaction redact(String text, String replacement, Prescan scan) {
        if (!scan.hasDigit()) {
            return new Redaction(text, false);
        }
        boolean aboutPasswords = PASSWORD_TALK.matcher(text).find();
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            String token = m.group();
            Matcher edges = EDGE_PUNCTUATION.matcher(token);
            String bare = edges.replaceAll("");
            if (bare.isEmpty() || token.contains(Redactor.MASK)
                    || !(looksSecret(bare) || (aboutPasswords && wordWithDigits(bare)))) {
                m.appendReplacement(out, Matcher.quoteReplacement(token));
                continue;
            }
            int start = token.indexOf(bare);
            m.appendReplacement(out, Matcher.quoteReplacement(token.substring(0, start) + replacement
                    + token.substring(start + bare.length())));
            found = true;
        }
        m.appendTail(out);
        return new Redaction(out.toString(), found);
    }

    /** In a message about passwords, "sommer2024" is one even in lower case: letters and digits, six or more. */
    private static boolean wordWithDigits(String token) {
        return token.codePointCount(0, token.length()) >= MIN_LENGTH && !OrdinaryWords.PRODUCT.matcher(token).matches()
                && !token.contains("://") && !token.startsWith("www.") && !token.contains("@")
                && token.codePoints().anyMatch(Character::isLetter) && token.codePoints().anyMatch(Character::isDigit)
                && token.codePoints().allMatch(Character::isLetterOrDigit);
    }

    static boolean looksSecret(String token) {
        if (token.codePointCount(0, token.length()) < MIN_LENGTH || OrdinaryWords.PRODUCT.matcher(token).matches()
                || token.contains("://") || token.startsWith("www.") || token.contains("@")) {
            return false;
        }
        boolean digit = token.codePoints().anyMatch(Character::isDigit);
        boolean upper = token.codePoints().anyMatch(Character::isUpperCase);
        boolean lower = token.codePoints().anyMatch(Character::isLowerCase);
        // '-', '.', '/', '_' and ':' join words, dates, times and the bot's own button values ("e-mail", "3.b",
        // "n:skift-adgangskode-barn:1"); other symbols mark a made-up string
        boolean symbol = token.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && "-./_:".indexOf(c) < 0);
        boolean letter = upper || lower;
        return letter && digit && ((upper && lower) || symbol);
    }
}
