package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.TextFold;
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

    private final List<Pattern> patterns;
    /** Each expression's leading words: an expression runs only when the message holds one of them. */
    private final List<LeadingWords> leading;
    private final List<Pattern> ownMitId;
    private final List<LeadingWords> ownMitIdLeading;

    private PupilAges(List<Pattern> patterns, List<Pattern> ownMitId) {
        this.patterns = List.copyOf(patterns);
        this.leading = patterns.stream().map(LeadingWords::of).toList();
        this.ownMitId = List.copyOf(ownMitId);
        this.ownMitIdLeading = ownMitId.stream().map(LeadingWords::of).toList();
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
        return found(message, prescan, patterns, leading);
    }

    /**
     * Whether {@code message} says someone has their own MitID ("har sit eget MitID", "har lige fået MitID"): with a pupil
     * of fifteen or more named, that pupil may get their username themselves.
     */
    boolean saysOwnMitId(String message) {
        return saysOwnMitId(message, true);
    }

    boolean saysOwnMitId(String message, boolean prescan) {
        return found(message, prescan, ownMitId, ownMitIdLeading);
    }

    private static boolean found(String message, boolean prescan, List<Pattern> patterns, List<LeadingWords> leading) {
        String folded = prescan ? TextFold.regexCase(message) : null;
        for (int i = 0; i < patterns.size(); i++) {
            if ((!prescan || leading.get(i).mayMatch(folded)) && patterns.get(i).matcher(message).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether every expression's leading words were read, so that none runs on every message. */
    boolean allRead() {
        return leading.stream().allMatch(LeadingWords::known) && ownMitIdLeading.stream().allMatch(LeadingWords::known);
    }
}
