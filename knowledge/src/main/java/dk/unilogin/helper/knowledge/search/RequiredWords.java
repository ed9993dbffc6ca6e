package dk.unilogin.helper.knowledge.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Passages that answer only a message with at least one of their words
 * ({@code matching/required-words.txt}): the computer passage is about logging in on the
 * computer, so "min søn har mistet sin bærbare" is not asking for it.
 */
public final class RequiredWords {
    static final String BUNDLED = "matching/required-words.txt";

    private final Map<String, Set<String>> byPassage;

    private RequiredWords(Map<String, Set<String>> byPassage) {
        this.byPassage = Map.copyOf(byPassage);
    }

    static RequiredWords bundled(GuideIndex index, Collection<String> passageIds) {
        return parse(MatchingLists.resource(BUNDLED), index, passageIds, false);
    }

    /**
     * Reads the list with the index's analyzer; a bad line, or when {@code strict} an unknown
     * passage id, names the line. Not strict, lines of passages the guide lacks are skipped.
     */
    public static RequiredWords parse(String text, GuideIndex index, Collection<String> passageIds, boolean strict) {
        Map<String, Set<String>> byPassage = new HashMap<>();
        for (PassageListFile.Entry entry : PassageListFile.read(BUNDLED, text, passageIds, strict, "passage-id: word, word")) {
            Set<String> words = byPassage.computeIfAbsent(entry.passage(), p -> new HashSet<>());
            for (String word : entry.items()) {
                words.addAll(TermMappings.analyze(index.analyzer(), word));
            }
        }
        return new RequiredWords(byPassage);
    }

    /** Whether a message of {@code terms} may be answered with {@code passageId}. */
    boolean allows(String passageId, Set<String> terms) {
        Set<String> required = byPassage.get(passageId);
        if (required == null) {
            return true;
        }
        for (String term : terms) {
            if (required.contains(term)) {
                return true;
            }
        }
        return false;
    }
}
