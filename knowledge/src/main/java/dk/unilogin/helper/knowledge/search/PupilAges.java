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
        for (Pattern pattern : patterns) {
            if (pattern.matcher(message).find()) {
                return true;
            }
        }
        return false;
    }
}
