package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Punctuation a phone's dictation wrote out as words ({@code matching/spoken-marks.txt}): "glemt sin kode punktum hvad gør
 * vi" is read as "glemt sin kode. hvad gør vi", so the message parts into its sentences. A word right after one of
 * {@code not-after} ("et komma") is the word itself and stays.
 */
final class SpokenMarks {
    static final String BUNDLED = "matching/spoken-marks.txt";
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*$");
    private static final Pattern TWO_WORDS_BEFORE = Pattern.compile("(\\p{L}+\\s+\\p{L}+)\\s*$");
    private static final SpokenMarks MARKS = parse(MatchingLists.resource(BUNDLED));

    /** Each spoken word by itself, lower case, and the mark it stands for. */
    private final Map<String, String> marks;
    private final Set<String> notAfter;
    /** Any of the spoken words as a whole word, with the spaces before it, which the mark replaces. */
    private final Pattern spoken;

    private SpokenMarks(Map<String, String> marks, Set<String> notAfter) {
        this.marks = Map.copyOf(marks);
        this.notAfter = Set.copyOf(notAfter);
        this.spoken = Pattern.compile("\\s*\\b(" + String.join("|", marks.keySet()) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static SpokenMarks parse(String fileText) {
        Map<String, String> marks = new HashMap<>();
        Set<String> notAfter = Set.of();
        for (DataLine line : DataLine.of(fileText)) {
            String[] wordAndMark = line.text().split("\\s+");
            if (line.hasKey() && line.key().equals("not-after")) {
                notAfter = line.lowerCaseItems();
            } else if (wordAndMark.length != 2 || !wordAndMark[0].matches("\\p{L}+")) {
                throw new KnowledgeFormatException(BUNDLED, line.number(), "expected a word, a space and its mark");
            } else {
                marks.put(wordAndMark[0].toLowerCase(Locale.ROOT), wordAndMark[1]);
            }
        }
        if (marks.isEmpty()) {
            throw new KnowledgeFormatException(BUNDLED, 1, "no spoken marks");
        }
        return new SpokenMarks(marks, notAfter);
    }

    /** {@code text} with the bundled spoken marks written as marks. */
    static String written(String text) {
        return MARKS.write(text);
    }

    String write(String text) {
        if (!namesASpokenWord(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return spoken.matcher(text).replaceAll(said -> Matcher.quoteReplacement(afterAWordThatKeepsIt(text, said.start())
                ? said.group() : marks.get(said.group(1).toLowerCase(Locale.ROOT))));
    }

    /** Whether a spoken word stands anywhere in {@code lowerCase}, even inside a word: most messages dictate none. */
    private boolean namesASpokenWord(String lowerCase) {
        for (String word : marks.keySet()) {
            if (lowerCase.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before {@code at} (or the two words) makes the spoken word the word itself ("et komma"). */
    private boolean afterAWordThatKeepsIt(String text, int at) {
        String before = text.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT);
        Matcher last = WORD_BEFORE.matcher(before);
        if (!last.find()) {
            return false;
        }
        if (notAfter.contains(last.group(1))) {
            return true;
        }
        Matcher twoWords = TWO_WORDS_BEFORE.matcher(before);
        return twoWords.find() && notAfter.contains(twoWords.group(1).replaceAll("\\s+", " "));
    }
}
