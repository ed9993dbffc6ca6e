package dk.unilogin.helper.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way the project folds what people type before comparing it with a list: lower case,
 * æ/ä to ae, ø/ö to oe, å to aa, other accents dropped, apostrophes dropped, anything that is
 * not a letter or digit to one space. "Næste!", "naeste" and "NÆSTE" read the same.
 */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private TextFold() {
    }

    /**
     * The text as Java's regular expressions compare letters under {@code CASE_INSENSITIVE} and
     * {@code UNICODE_CASE}: each code point as the lower case of its upper case. A word looked up
     * in it is there whenever such an expression could match the word in the text, whatever its
     * spelling ("KODE", "Kode"), which makes it a safe check before running the expression.
     */
    public static String regexCase(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
        }
        return folded.toString();
    }

    /** The text as space-separated folded words; empty for null or text without letters or digits. */
    public static String words(String text) {
        if (text == null) {
            return "";
        }
        String plain = plainWords(text);
        return plain != null ? plain : wordsOfAnyText(text);
    }

    /**
     * {@link #words} in one pass for a text of ASCII, æ, ä, ø, ö, å and apostrophes only (most
     * messages): they have no accents to strip, so no Unicode decomposition is needed. Null for
     * any other text.
     */
    static String plainWords(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String letters = null;
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c == '\'' || c == '’') {
                continue;
            } else if (c > 0x7f) {
                letters = switch (c) {
                    case 'æ', 'Æ', 'ä', 'Ä' -> "ae";
                    case 'ø', 'Ø', 'ö', 'Ö' -> "oe";
                    case 'å', 'Å' -> "aa";
                    default -> null;
                };
                if (letters == null) {
                    return null;
                }
            }
            if (letters == null && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            if (letters != null) {
                out.append(letters);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #words} for any text: lower case, the Danish letters spelt out, accents stripped after decomposition. */
    static String wordsOfAnyText(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ä", "ae").replace("ø", "oe").replace("ö", "oe").replace("å", "aa")
                .replace("'", "").replace("’", "");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return spaced(s);
    }

    /**
     * The letters and numbers of {@code text} as they are, every run of anything else one space,
     * none at either end: what {@code [^\p{L}\p{N}]+} replaced by a space and stripped gives, in one pass.
     */
    public static String spaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!isLetterOrNumber(c)) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /** {@code \p{L}} or {@code \p{N}}: what {@link #spaced} keeps as part of a word. */
    public static boolean isLetterOrNumber(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
