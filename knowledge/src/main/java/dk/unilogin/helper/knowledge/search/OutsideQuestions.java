package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * The outside-questions file read in its sections: the questions the guide's steps never answer ("må han …",
 * "hvornår", "hvad koster"), the words that ask such a thing only in a question ("gratis": "Findes der en gratis
 * app?", not "en gratis Microsoft-konto"), and the phrases in which such words ask nothing of the kind ("eller må vi
 * vente": or must we wait). Lines before any section header are of the first section.
 *
 * @param asks        a part with one of these asks something the guide does not answer
 * @param inQuestions a question with one of these asks something the guide does not answer
 * @param notAsking   phrases in which a word of {@code asks} or {@code inQuestions} asks no such thing
 */
record OutsideQuestions(WordSet asks, WordSet inQuestions, WordSet notAsking) {
    static final String BUNDLED = "matching/outside-questions.txt";
    private static final String IN_QUESTIONS = "[in-questions]";
    private static final String NOT_ASKING = "[not-asking]";

    /** The file's sections; an unknown section header is a broken file, named by line. */
    static OutsideQuestions parse(String text) {
        Map<String, WordSet> sections = SectionedList.parse(BUNDLED, text, List.of(IN_QUESTIONS, NOT_ASKING));
        return new OutsideQuestions(sections.get(""), sections.get(IN_QUESTIONS), sections.get(NOT_ASKING));
    }

    /** Whether {@code text}, a question or not, asks one of the questions, outside a phrase that asks none. */
    boolean asksIn(String text, boolean question) {
        String asked = notAsking.withoutPhrases(text);
        return asks.containsAnyNormalised(asked) || question && inQuestions.containsAnyNormalised(asked);
    }
}
