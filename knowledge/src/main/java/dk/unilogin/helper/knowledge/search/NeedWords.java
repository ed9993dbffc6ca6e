package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * The words by which a sentence states a need ({@code matching/need-words.txt}): all of them, those of trouble
 * ({@code [trouble]}: "ikke", "glemt", "forkert"), and those of a wish or a purpose alone ({@code [wish]}: "skal",
 * "bruge", "gerne"), which name no problem.
 */
record NeedWords(WordSet all, WordSet trouble, WordSet wishes) {
    private static final String TROUBLE = "[trouble]";
    private static final String WISH = "[wish]";

    static NeedWords parse(String text) {
        Map<String, WordSet> sections = SectionedList.parse(MatchingLists.NEED_WORDS, text, List.of(TROUBLE, WISH));
        return new NeedWords(WordSet.union(WordSet.union(sections.get(""), sections.get(TROUBLE)), sections.get(WISH)),
                sections.get(TROUBLE), sections.get(WISH));
    }

    /** Whether the sentence tells of trouble ("kan ikke", "har glemt", "står forkert", "vi ved ikke, hvilken side"). */
    boolean tellsTrouble(String sentence) {
        return trouble.containsAny(sentence);
    }

    /** Whether a word of the sentence, other than a wish's, states a need. */
    boolean namesMoreThanAWish(String sentence) {
        for (String word : WriterRoles.normalise(sentence).split(" ")) {
            if (!wishes.hasNormalisedWord(word) && all.hasNormalisedWord(word)) {
                return true;
            }
        }
        return false;
    }
}
