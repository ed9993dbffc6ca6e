package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a writer says is not their errand, left out before the message is read. "Det har regnet hele weekenden,
 * men det er ikke derfor jeg skriver. …", "Anyway: …", "Nok om det.": what comes before such a phrase
 * ({@code [set-aside-before]} in back-references.txt) is not what is asked. "Aula-appen crasher også, men det er en
 * anden sag." sets aside its own sentence only ({@code [set-aside-sentence]}). The other topic of a side remark
 * ("vejret", "tandlægen") then does not count against the need; who writes is still read from the whole message.
 * What is left must name something the guide knows, else the message is read whole: "Anyway, hvad gør vi?"
 * goes back to the need before it. A phrase in a question's clause ("… eller er det slet ikke det der er problemet?")
 * asks and sets nothing aside.
 */
final class SetAside {
    private static final String SENTENCE_ENDS = ".!?\n";
    private static final String CLAUSE_ENDS = ".!?\n,:;–—-";

    private final WordSet before;
    private final WordSet sentence;

    SetAside(WordSet before, WordSet sentence) {
        this.before = before;
        this.sentence = sentence;
    }

    /** {@code text} without what its writer sets aside, or {@code text} itself when nothing is (or nothing known is left). */
    String rest(String text, Predicate<String> namesSomethingKnown) {
        String normalised = WriterRoles.normalise(text);
        WordSet.Found found = before.first(normalised);
        if (found != null && startsAClause(text, normalised, found)) {
            int end = endOfWord(text, wordsUpTo(normalised, found.end()));
            String after = text.substring(end).replaceFirst("^[\\s\\p{P}]+", "");
            // In a question's clause ("… eller er det slet ikke det der er problemet?") it asks and sets nothing aside.
            if (!MessageParts.askedFrom(text, end, CLAUSE_ENDS)) {
                return namesSomethingKnown.test(after) ? after : text;
            }
        }
        found = sentence.first(normalised);
        if (found != null) {
            int words = wordsUpTo(normalised, found.end());
            String without = withoutClauseBefore(text, endOfWord(text, words - found.words()), endOfWord(text, words));
            return namesSomethingKnown.test(without) ? without : text;
        }
        return text;
    }

    /**
     * Whether the phrase found begins a sentence or a clause. A lone word sets aside only there ("Anyway, …"); at the end
     * of a sentence it is an adverb ("which website she's meant to log into anyway."). Longer phrases say so anywhere.
     */
    private static boolean startsAClause(String text, String normalised, WordSet.Found found) {
        if (found.words() > 1) {
            return true;
        }
        int before = wordsUpTo(normalised, found.end()) - 1;
        if (before <= 0) {
            return true;
        }
        int end = endOfWord(text, before);
        for (int i = end; i < text.length() && !TextFold.isLetterOrNumber(text.codePointAt(i)); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** How many words {@code normalised} has up to and including the one that ends just before {@code end}. */
    private static int wordsUpTo(String normalised, int end) {
        int words = 1;
        for (int i = 0; i < end; i++) {
            if (normalised.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /**
     * Where in {@code text} its {@code words}-th word (as {@link WriterRoles#normalise} counts words) ends. The words of
     * longer and longer beginnings never fewer, the end is searched for among the ends of words, halving: exact whatever
     * the folding joins ("uni login"), in a few readings of the text however long.
     */
    private static int endOfWord(String text, int words) {
        if (words <= 0) {
            return 0;
        }
        List<Integer> ends = new ArrayList<>();
        for (int i = 1; i <= text.length(); i++) {
            if (TextFold.isLetterOrNumber(text.codePointBefore(i))
                    && (i == text.length() || !TextFold.isLetterOrNumber(text.codePointAt(i)))) {
                ends.add(i);
            }
        }
        int low = 0;
        int high = ends.size() - 1;
        int found = text.length();
        while (low <= high) {
            int middle = (low + high) >>> 1;
            String beginning = WriterRoles.normalise(text.substring(0, ends.get(middle)));
            if (!beginning.isEmpty() && beginning.split(" ").length >= words) {
                found = ends.get(middle);
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return found;
    }

    /**
     * {@code text} without the phrase that ends at {@code phraseEnd} (its first word ends at or after
     * {@code beforePhrase}) and the clause it sets aside: back to the comma before that clause ("…, og Aula crasher, men
     * det er en anden sag."), or to the sentence's start.
     */
    private static String withoutClauseBefore(String text, int beforePhrase, int phraseEnd) {
        int start = startOfClause(text, beforePhrase);
        if (start > 0 && text.charAt(start - 1) == ',') {
            // "…, men det er en anden sag": the clause before the comma is what is set aside.
            start = startOfClause(text, start - 1);
        }
        int end = phraseEnd;
        while (end < text.length() && !TextFold.isLetterOrNumber(text.codePointAt(end)) && text.charAt(end) != ' ') {
            end++;
        }
        return (text.substring(0, start).strip() + " " + text.substring(end).strip()).strip();
    }

    /** Where the clause that goes on to {@code at} starts: after the comma or sentence end before it, or at 0. */
    private static int startOfClause(String text, int at) {
        int start = at;
        while (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0 && text.charAt(start - 1) != ',') {
            start--;
        }
        return start;
    }
}
