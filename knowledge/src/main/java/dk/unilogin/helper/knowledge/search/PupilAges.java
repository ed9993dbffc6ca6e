package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads whether a message names a pupil of fifteen or more ({@code matching/pupil-ages.txt}), who may get their Unilogin
 * with their own MitID, whoever writes about them.
 */
final class PupilAges {
    static final String BUNDLED = "matching/pupil-ages.txt";

    private final List<Pattern> patterns;

    private PupilAges(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static PupilAges bundled() {
        return parse(BUNDLED, MatchingLists.resource(BUNDLED));
    }

    static PupilAges parse(String source, String text) {
        List<Pattern> patterns = new ArrayList<>();
        for (DataLine line : DataLine.of(text)) {
            try {
                patterns.add(Pattern.compile(line.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new KnowledgeFormatException(source, line.number(), "not a regular expression: " + e.getDescription());
            }
        }
        return new PupilAges(patterns);
    }

    /** Whether {@code message} names a pupil of fifteen or more. */
    boolean named(String message) {
        if (!mayName(message)) {
            return false;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(message).find()) {
                return true;
            }
        }
        return false;
    }

    /** Ages in letters, as written in lower case after "er", "på" or "fyldt". */
    private static final List<String> AGES_IN_LETTERS = List.of("femten", "seksten", "sytten", "atten", "nitten");

    /**
     * Whether the message holds a "1" before a digit from 5 to 9 or an age in letters: most messages hold neither, and
     * are not read by every expression.
     */
    private static boolean mayName(String message) {
        for (int i = 0; i + 1 < message.length(); i++) {
            char next = message.charAt(i + 1);
            if (message.charAt(i) == '1' && next >= '5' && next <= '9') {
                return true;
            }
        }
        return AGES_IN_LETTERS.stream().anyMatch(message::contains);
    }
}
