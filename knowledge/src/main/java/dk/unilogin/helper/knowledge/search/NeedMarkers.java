package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * The more-needs file read in its sections: the words by which a message adds a need ("også") and
 * the phrases by which it announces several ("to ting"), those that mark the need the writer puts first ("vigtigst"),
 * those that mark a need that can wait ("mindre vigtigt"), and those by which a sentence that
 * marks the first points to the first or the last need named before it ("Det sidste er det
 * vigtigste"), and the phrases in which a word of the first section adds nothing ("eller også": or else). Lines
 * before any section header are of the first section.
 *
 * @param adds        a message with one of these after its first part has several needs
 * @param announcing  a message with one of these anywhere has several needs
 * @param first       a need with one of these is answered first
 * @param later       a need with one of these gives way to the message's other needs
 * @param firstNamed  a sentence marking the first with one of these points to the first need named before it
 * @param lastNamed   a sentence marking the first with one of these points to the last need named before it
 * @param notAdding   phrases in which a word of {@code adds} adds no need
 */
record NeedMarkers(WordSet adds, WordSet announcing, WordSet first, WordSet later, WordSet firstNamed, WordSet lastNamed, WordSet notAdding) {
    private static final String ANNOUNCING = "[announcing]";
    private static final String FIRST = "[first]";
    private static final String LATER = "[later]";
    private static final String FIRST_NAMED = "[first-named]";
    private static final String LAST_NAMED = "[last-named]";
    private static final String NOT_ADDING = "[not-adding]";

    /** The file's sections; an unknown section header is a broken file, named by line. */
    static NeedMarkers parse(String text) {
        Map<String, WordSet> sections = SectionedList.parse(MatchingLists.MORE_NEEDS, text,
                List.of(ANNOUNCING, FIRST, LATER, FIRST_NAMED, LAST_NAMED, NOT_ADDING));
        return new NeedMarkers(sections.get(""), sections.get(ANNOUNCING), sections.get(FIRST), sections.get(LATER), sections.get(FIRST_NAMED),
                sections.get(LAST_NAMED), sections.get(NOT_ADDING));
    }

    /**
     * Whether a message announces several needs anywhere in {@code whole} ("To ting: …") or adds one in {@code afterFirst},
     * what follows its first part ("…, og så skal han også have en ny kode"), outside a phrase that adds none.
     */
    boolean addsANeed(String whole, String afterFirst) {
        return announcing.containsAnyNormalised(notAdding.withoutPhrases(whole))
                || adds.containsAnyNormalised(notAdding.withoutPhrases(afterFirst));
    }
}
