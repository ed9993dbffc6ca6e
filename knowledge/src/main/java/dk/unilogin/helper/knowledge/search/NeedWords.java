package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * The words by which a sentence states a need ({@code matching/need-words.txt}): all of them, and those of a wish or a
 * purpose alone ({@code [wish]}: "skal", "bruge", "gerne"), which name no problem.
 */
record NeedWords(WordSet all, WordSet wishes) {
    private static final String WISH = "[wish]";

    static NeedWords parse(String text) {
        Map<String, WordSet> sections = SectionedList.parse(MatchingLists.NEED_WORDS, text, List.of(WISH));
        return new NeedWords(WordSet.union(sections.get(""), sections.get(WISH)), sections.get(WISH));
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
