package dk.unilogin.helper.knowledge.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone typing leaves out the space after a full stop ("min pige logger på.hvad er galt"); the
 * tokenizer then reads "på.hvad" as one unknown word, and the sentences as one. A full stop
 * between two words of two letters or more gets its space back, unless the words around it are
 * a web address ({@code matching/web-address-endings.txt}: "mitunilogin.dk"), an e-mail address
 * or a path. Abbreviations keep theirs: "f.eks." and "bl.a." have a one-letter side.
 */
final class MissingSpaces {
    static final String ENDINGS = "matching/web-address-endings.txt";
    private static final WordSet ADDRESS_ENDINGS = WordSet.parse(MatchingLists.resource(ENDINGS));
    /** A run of non-spaces with a full stop between letters: where a space may be missing. */
    private static final Pattern DOTTED = Pattern.compile("\\S*\\p{L}\\.\\p{L}\\S*");
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{L}{2})\\.(?=\\p{L}{2})");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[^\\p{L}\\p{N}]+$");

    private MissingSpaces() {
    }

    /** {@code text} with the space after each glued full stop restored. */
    static String restored(String text) {
        if (!hasGluedFullStop(text)) {
            return text;
        }
        Matcher dotted = DOTTED.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (dotted.find()) {
            String run = dotted.group();
            if (isAddress(run)) {
                continue;
            }
            String spaced = GLUED.matcher(run).replaceAll(". ");
            if (!spaced.equals(run)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 4);
                }
                out.append(text, copied, dotted.start()).append(spaced);
                copied = dotted.end();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether a full stop has a letter right before and after it: most texts have none, and skip the expressions. */
    private static boolean hasGluedFullStop(String text) {
        for (int i = text.indexOf('.'); i > 0 && i < text.length() - 1; i = text.indexOf('.', i + 1)) {
            if (Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ending} ("dk", "com") ends web addresses. */
    static boolean isAddressEnding(String ending) {
        return ADDRESS_ENDINGS.isEntry(ending);
    }

    private static boolean isAddress(String run) {
        if (run.indexOf('@') >= 0 || run.indexOf('/') >= 0 || run.regionMatches(true, 0, "www.", 0, 4)) {
            return true;
        }
        String bare = TRAILING_MARKS.matcher(run).replaceAll("");
        return isAddressEnding(bare.substring(bare.lastIndexOf('.') + 1));
    }
}
