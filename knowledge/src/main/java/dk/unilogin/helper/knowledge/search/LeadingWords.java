package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a list's regular expression (case-insensitive) starts with, one of which a text
 * must hold for the expression to match: {@code \b(?:kode|koden)\s+til} needs "kode".
 * Looking for them in the text folded by {@link TextFold#regexCase} costs one pass; the expression costs a
 * word-boundary test with Unicode classes at every character, and most messages match none of a
 * list's expressions. Read conservatively from the expression's source: along its sequence,
 * past escapes, classes, lookarounds and groups it cannot read, to the first literal run or
 * group of literal alternatives that is not optional, each cut where the first non-literal
 * begins (and a letter made optional dropped); an expression with nothing readable, a
 * top-level '|' or inline flags always runs.
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


    /** False only when the expression cannot match the text whose {@link TextFold#regexCase} is given. */
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

    /** The words, folded; null when nothing was read. */
    List<String> words() {
        return words;
    }

    /** Whether anything was read: with no words the expression always runs. */
    boolean known() {
        return words != null;
    }

    /**
     * Walks the expression's top-level sequence, every element of which must match: the first
     * literal run, or group of literal alternatives, that is not optional gives the words;
     * escapes, classes, other groups and lookarounds before it are stepped over.
     */
    private static List<String> read(String source) {
        if (topLevelAlternatives(source).size() > 1) {
            return null;
        }
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                int end = escapeEnd(source, i);
                if (end < 0) {
                    return null;
                }
                i = afterQuantifier(source, end);
            } else if (c == '[') {
                int end = classEnd(source, i);
                if (end < 0) {
                    return null;
                }
                i = afterQuantifier(source, end);
            } else if (c == '(') {
                int close = closing(source, i);
                if (close < 0) {
                    return null;
                }
                if (source.startsWith("(?=", i) || source.startsWith("(?!", i) || source.startsWith("(?<=", i)
                        || source.startsWith("(?<!", i)) {
                    i = close + 1;
                    continue;
                }
                int body;
                if (source.startsWith("(?:", i)) {
                    body = i + 3;
                } else if (source.startsWith("(?<", i)) {
                    body = source.indexOf('>', i) + 1;
                } else if (source.startsWith("(?", i)) {
                    return null;
                } else {
                    body = i + 1;
                }
                if (!optionalAt(source, close + 1)) {
                    List<String> words = alternativeWords(source.substring(body, close));
                    if (words != null) {
                        return words;
                    }
                }
                i = afterQuantifier(source, close + 1);
            } else if (c == '.' || c == '^' || c == '$') {
                i = afterQuantifier(source, i + 1);
            } else if (SPECIAL.indexOf(c) >= 0) {
                return null;
            } else {
                String run = literalRun(source, i);
                if (!run.isEmpty()) {
                    return List.of(TextFold.regexCase(run));
                }
                i = afterQuantifier(source, i + 1);
            }
        }
        return null;
    }

    /** Each alternative's leading literal run, or null when one has none. */
    private static List<String> alternativeWords(String body) {
        List<String> words = new ArrayList<>();
        for (String alternative : topLevelAlternatives(body)) {
            String run = literalRun(alternative, 0);
            if (run.isEmpty()) {
                return null;
            }
            words.add(TextFold.regexCase(run));
        }
        return List.copyOf(words);
    }

    /** Whether a quantifier that allows no repetition ({@code ?}, {@code *}, or any {@code {…}}) starts at {@code i}. */
    private static boolean optionalAt(String source, int i) {
        return i < source.length() && "?*{".indexOf(source.charAt(i)) >= 0;
    }

    /** Past a quantifier at {@code i}, if there is one, and its lazy or possessive mark. */
    private static int afterQuantifier(String source, int i) {
        if (i < source.length() && "?*+".indexOf(source.charAt(i)) >= 0) {
            i++;
        } else if (i < source.length() && source.charAt(i) == '{') {
            int close = source.indexOf('}', i);
            i = close < 0 ? source.length() : close + 1;
        } else {
            return i;
        }
        return i < source.length() && "?+".indexOf(source.charAt(i)) >= 0 ? i + 1 : i;
    }

    /** Past the escape at {@code i}; -1 for one that quotes or refers back ({@code \Q}, {@code \k}, octal, numbered). */
    private static int escapeEnd(String source, int i) {
        if (i + 1 >= source.length()) {
            return -1;
        }
        char c = source.charAt(i + 1);
        if ("pPxN".indexOf(c) >= 0 && i + 2 < source.length() && source.charAt(i + 2) == '{') {
            int close = source.indexOf('}', i);
            return close < 0 ? -1 : close + 1;
        }
        return switch (c) {
            case 'Q', 'k', '0' -> -1;
            case 'p', 'P', 'c' -> i + 3;
            case 'x' -> i + 4;
            case 'u' -> i + 6;
            default -> Character.isDigit(c) ? -1 : i + 2;
        };
    }

    /** Past the character class opened at {@code open} (classes nest: {@code [a-z&&[^b]]}), or -1. */
    private static int classEnd(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
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
