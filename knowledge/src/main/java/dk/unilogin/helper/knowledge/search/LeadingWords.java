package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a list's regular expression (case-insensitive) starts with, one of which a text
 * must hold for the expression to match: {@code \b(?:kode|koden)\s+til} needs "kode".
 * Looking for them in the {@link #fold folded} text costs one pass; the expression costs a
 * word-boundary test with Unicode classes at every character, and most messages match none of a
 * list's expressions. Read conservatively from the expression's source: a word boundary and
 * lookarounds at the start are skipped, then a literal run or a group of literal alternatives
 * is taken, each cut where the first non-literal begins (and a letter made optional dropped);
 * anything else gives no words, and the expression then always runs.
 */
final class LeadingWords {
    private static final String SPECIAL = "\\[](){}.*+?^$|";

    /** Folded alternatives; null when nothing could be read and the expression must always run. */
    private final List<String> words;

    private LeadingWords(List<String> words) {
        this.words = words;
    }

    /** The expression's leading words; only an expression compiled case-insensitively with Unicode case is read. */
    static LeadingWords of(Pattern pattern) {
        int needed = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        if ((pattern.flags() & needed) != needed || (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return new LeadingWords(null);
        }
        return new LeadingWords(read(pattern.pattern()));
    }

    /**
     * The text as the expressions compare letters under {@code CASE_INSENSITIVE} and
     * {@code UNICODE_CASE}: each code point as the lower case of its upper case.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
        }
        return folded.toString();
    }

    /** False only when the expression cannot match the text whose {@link #fold} is given. */
    boolean mayMatch(String foldedText) {
        if (words == null) {
            return true;
        }
        for (String word : words) {
            if (foldedText.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether anything was read: with no words the expression always runs. */
    boolean known() {
        return words != null;
    }

    private static List<String> read(String source) {
        if (topLevelAlternatives(source).size() > 1) {
            return null;
        }
        int i = skipZeroWidth(source, 0);
        if (i < 0 || i >= source.length()) {
            return null;
        }
        if (source.charAt(i) != '(') {
            String run = literalRun(source, i);
            return run.isEmpty() ? null : List.of(fold(run));
        }
        int body;
        if (source.startsWith("(?:", i)) {
            body = i + 3;
        } else if (source.startsWith("(?", i)) {
            return null;
        } else {
            body = i + 1;
        }
        int close = closing(source, i);
        if (close < 0 || (close + 1 < source.length() && "?*{".indexOf(source.charAt(close + 1)) >= 0)) {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        for (String alternative : topLevelAlternatives(source.substring(body, close))) {
            String run = literalRun(alternative, 0);
            if (run.isEmpty()) {
                return null;
            }
            alternatives.add(fold(run));
        }
        return alternatives.isEmpty() ? null : List.copyOf(alternatives);
    }

    /** Past word boundaries and lookarounds at {@code i}; -1 when something else zero-width comes first. */
    private static int skipZeroWidth(String source, int i) {
        while (i < source.length()) {
            if (source.startsWith("\\b", i)) {
                i += 2;
            } else if (source.startsWith("(?=", i) || source.startsWith("(?!", i) || source.startsWith("(?<=", i)
                    || source.startsWith("(?<!", i)) {
                int close = closing(source, i);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * The literal characters from {@code i} up to the first special one; the last one is dropped
     * when a quantifier that allows none of it follows ("kode?" needs only "kod").
     */
    private static String literalRun(String source, int i) {
        int end = i;
        while (end < source.length() && SPECIAL.indexOf(source.charAt(end)) < 0) {
            end++;
        }
        if (end > i && end < source.length() && "?*{".indexOf(source.charAt(end)) >= 0) {
            end--;
        }
        return source.substring(i, end);
    }

    /** The index of the parenthesis closing the group opened at {@code open}, or -1. */
    private static int closing(String source, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A group's body split at its own '|' (not at those of nested groups or classes). */
    private static List<String> topLevelAlternatives(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }
}
