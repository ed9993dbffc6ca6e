package dk.unilogin.helper.bot.privacy;

import java.text.Normalizer;

/**
 * Brings the many ways of writing the same characters to one before personal data is
 * looked for: NFKC (full-width and other compatibility forms to plain ones), every dash
 * and hyphen to '-', every space (no-break, narrow, ideographic, tab) to ' ', digits of any
 * script to 0-9, and invisible format characters (zero-width space, soft hyphen) removed.
 * "１５０３１２\u2011４４１７" and "150312 4417" read the same afterwards.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                return;
            }
            if (type == Character.DASH_PUNCTUATION || c == '\u2212' || c == '\u2043') {
                out.append('-');
            } else if (type == Character.SPACE_SEPARATOR || c == '\t') {
                out.append(' ');
            } else if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
