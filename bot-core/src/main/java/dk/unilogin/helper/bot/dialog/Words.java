package dk.unilogin.helper.bot.dialog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small text helpers for reading chat replies: lower case, æ/ø/å folded to ae/oe/aa,
 * apostrophes dropped, punctuation to spaces, so "Næste!" and "naeste" read the same.
 */
final class Words {
    private static final Set<String> NEGATIONS = Words.setOf("ikke", "nej", "no", "not", "dont", "doesnt", "didnt",
            "cant", "cannot", "never", "aldrig", "ingen");
    // Compiled once: every dialog normalizes the message again on every turn.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {
    }

    /** A word set; repeated words are allowed, so lists can be grouped by meaning. */
    static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace("'", "").replace("’", "");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }

    /** The whole (normalized) message is one of the phrases. */
    static boolean matchesAny(String words, String... phrases) {
        for (String p : phrases) {
            if (words.equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** The message contains one of the phrases as whole words. */
    static boolean containsAny(String words, String... phrases) {
        String padded = " " + words + " ";
        for (String p : phrases) {
            if (padded.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasNegation(String words) {
        for (String w : words.split(" ")) {
            if (NEGATIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static int count(String words) {
        return words.isEmpty() ? 0 : words.split(" ").length;
    }

    /** Every word of the message is in the vocabulary. */
    static boolean allIn(String words, Set<String> vocabulary) {
        if (words.isEmpty()) {
            return false;
        }
        for (String w : words.split(" ")) {
            if (!vocabulary.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
