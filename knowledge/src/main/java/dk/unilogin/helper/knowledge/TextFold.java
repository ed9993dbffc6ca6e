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
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFold() {
    }

    /** The text as space-separated folded words; empty for null or text without letters or digits. */
    public static String words(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ä", "ae").replace("ø", "oe").replace("ö", "oe").replace("å", "aa")
                .replace("'", "").replace("’", "");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }
}
