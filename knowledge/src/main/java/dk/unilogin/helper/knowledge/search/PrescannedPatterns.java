package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.TextFold;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Regular expressions of a phrase list, each run only on a message that holds one of its {@link LeadingWords}: most
 * messages hold none of the words an expression is written around.
 */
final class PrescannedPatterns {
    private final List<Pattern> patterns;
    private final List<LeadingWords> leading;

    PrescannedPatterns(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.leading = patterns.stream().map(LeadingWords::of).toList();
    }

    /** Whether any expression is found in {@code message}; without {@code prescan} every one runs (tests compare both). */
    boolean foundIn(String message, boolean prescan) {
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
        return leading.stream().allMatch(LeadingWords::known);
    }
}
