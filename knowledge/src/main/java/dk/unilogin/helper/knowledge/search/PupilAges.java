package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads whether a message names a pupil of fifteen or more ({@code matching/pupil-ages.txt}), who may get their Unilogin
 * with their own MitID, whoever writes about them; and whether it says such a pupil has their own MitID (the file's
 * section {@code [own-mitid]}).
 */
final class PupilAges {
    static final String BUNDLED = "matching/pupil-ages.txt";
    private static final String OWN_MITID_SECTION = "[own-mitid]";

    private final PrescannedPatterns ages;
    private final PrescannedPatterns ownMitId;

    private PupilAges(List<Pattern> ages, List<Pattern> ownMitId) {
        this.ages = new PrescannedPatterns(ages);
        this.ownMitId = new PrescannedPatterns(ownMitId);
    }

    static PupilAges bundled() {
        return parse(BUNDLED, MatchingLists.resource(BUNDLED));
    }

    static PupilAges parse(String source, String text) {
        List<Pattern> patterns = new ArrayList<>();
        List<Pattern> ownMitId = new ArrayList<>();
        List<Pattern> section = patterns;
        for (DataLine line : DataLine.of(text)) {
            if (line.text().equals(OWN_MITID_SECTION)) {
                section = ownMitId;
                continue;
            }
            try {
                section.add(Pattern.compile(line.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new KnowledgeFormatException(source, line.number(), "not a regular expression: " + e.getDescription());
            }
        }
        return new PupilAges(patterns, ownMitId);
    }

    /** Whether {@code message} names a pupil of fifteen or more. */
    boolean named(String message) {
        return named(message, true);
    }

    /**
     * With {@code prescan} an expression runs only when the message holds one of its {@link LeadingWords} (tests compare
     * both).
     */
    boolean named(String message, boolean prescan) {
        return ages.foundIn(message, prescan);
    }

    /**
     * Whether {@code message} says someone has their own MitID ("har sit eget MitID", "har lige fået MitID"): with a pupil
     * of fifteen or more named, that pupil may get their username themselves.
     */
    boolean saysOwnMitId(String message) {
        return saysOwnMitId(message, true);
    }

    boolean saysOwnMitId(String message, boolean prescan) {
        return ownMitId.foundIn(message, prescan);
    }

    /** Whether every expression's leading words were read, so that none runs on every message. */
    boolean allRead() {
        return ages.allRead() && ownMitId.allRead();
    }
}
