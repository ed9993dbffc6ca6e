package dk.unilogin.helper.bot.privacy;

import dk.unilogin.helper.knowledge.TextFold;

/**
 * What a text holds that the redaction's patterns cannot match without: the words they are
 * written around and digits. Each pattern walks the whole message testing word boundaries and
 * Unicode classes at every character, while most messages hold none of their words, so a
 * pattern is run only when its words or digits are there. Words are looked for in the text
 * folded as {@code java.util.regex} compares letters ({@link TextFold#regexCase}), so whatever
 * spelling a pattern matches ("KODE", "Kode"), the check finds too: it is a necessary
 * condition, never a second opinion.
 */
public final class Prescan {
    /** A scan that rules nothing out: every pattern runs. */
    public static final Prescan ANYTHING = new Prescan(null, Integer.MAX_VALUE, true);

    /** Null for {@link #ANYTHING}. */
    private final String folded;
    private final int asciiDigits;
    private final boolean anyDigit;

    private Prescan(String folded, int asciiDigits, boolean anyDigit) {
        this.folded = folded;
        this.asciiDigits = asciiDigits;
        this.anyDigit = anyDigit;
    }

    public static Prescan of(String text) {
        int ascii = 0;
        boolean digit = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= '0' && c <= '9') {
                ascii++;
                digit = true;
            } else if (c > 0x7f && Character.isDigit(c)) {
                digit = true;
            }
        }
        return new Prescan(TextFold.regexCase(text), ascii, digit);
    }

    /** Whether one of the words (lower case) occurs anywhere, also inside a longer word. */
    public boolean mentions(String... words) {
        if (folded == null) {
            return true;
        }
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words (lower case) occurs with whitespace ({@code \s}) on both sides. */
    public boolean mentionsBetweenSpaces(String... words) {
        if (folded == null) {
            return true;
        }
        for (String word : words) {
            for (int at = folded.indexOf(word, 1); at > 0; at = folded.indexOf(word, at + 1)) {
                int after = at + word.length();
                if (after < folded.length() && isSpace(folded.charAt(at - 1)) && isSpace(folded.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the character occurs (a symbol that case does not change, such as ':' or '@'). */
    public boolean has(char symbol) {
        return folded == null || folded.indexOf(symbol) >= 0;
    }

    /** How many of the digits 0-9 there are: what {@code \d} matches. */
    public int asciiDigits() {
        return asciiDigits;
    }

    /** Whether there is a digit of any script ({@link Character#isDigit}). */
    public boolean hasDigit() {
        return anyDigit;
    }

    /** What {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
