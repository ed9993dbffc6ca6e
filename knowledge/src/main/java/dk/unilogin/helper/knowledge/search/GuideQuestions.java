package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions that ask for what the guide's steps hand out ({@code matching/guide-questions.txt}): a username found
 * ("Hvor kan jeg se hans brugernavn?"), a code made new ("Hvordan giver jeg ham en ny kode?") or where to log in
 * ("Hvor skal hun logge ind?"). A username or a code is named in the question or, when it points back ("Kan jeg selv
 * finde det?"), in one of the two sentences before it. A username or a new code may also be wished for in a statement
 * ("Vi mangler en ny adgangskode til ham").
 */
final class GuideQuestions {
    static final String BUNDLED = "matching/guide-questions.txt";
    private static final int SENTENCES_BACK = 2;

    /**
     * What a question asks for: the words that ask, the words that name what is asked for, the passages that hand it
     * out, and whether the naming words must come after the asking ones ("hvor … logge ind", not "logge ind, men hvor
     * siger man nej til billeder?"), in which case nothing is named in the sentences before.
     */
    private record Form(WordSet asking, WordSet naming, Set<String> passages, boolean namingAfter) {
    }

    /**
     * A question that asks for what the guide hands out.
     *
     * @param namingPart the part that names what is asked for: the question's own, or one before it
     * @param passages   the passages that hand it out
     * @param code       whether it is a new code (which codes of games and banks are asked for in the same words)
     * @param where      whether it is where to log in
     */
    record Asked(int namingPart, Set<String> passages, boolean code, boolean where) {
    }

    private final Form username;
    private final Form code;
    private final Form where;
    private final WordSet clauseOfWhen;
    private final WordSet pointingBack;
    private final WordSet pointingBackLast;
    private final WordSet changingAUsername;
    private final WordSet wishing;
    private final WordSet notKnowingWhere;
    private final WordSet askingHow;
    private final WordSet guessingWhether;
    private final WordSet afterANewOne;

    private GuideQuestions(Form username, Form code, Form where, WordSet clauseOfWhen, WordSet pointingBack,
                           WordSet pointingBackLast, WordSet changingAUsername, WordSet wishing,
                           WordSet notKnowingWhere, WordSet askingHow, WordSet guessingWhether, WordSet afterANewOne) {
        this.username = username;
        this.code = code;
        this.where = where;
        this.clauseOfWhen = clauseOfWhen;
        this.pointingBack = pointingBack;
        this.pointingBackLast = pointingBackLast;
        this.changingAUsername = changingAUsername;
        this.wishing = wishing;
        this.notKnowingWhere = notKnowingWhere;
        this.askingHow = askingHow;
        this.guessingWhether = guessingWhether;
        this.afterANewOne = afterANewOne;
    }

    /** The file's sections, with the passages that hand out a username, make a new code and tell where to log in. */
    static GuideQuestions parse(String text, Set<String> usernamePassages, Set<String> codePassages,
                                Set<String> wherePassages) {
        Map<String, WordSet> sections = SectionedList.parse(BUNDLED, text,
                List.of("[finding]", "[username]", "[making-new]", "[code]", "[pointing-back]", "[pointing-back-last]",
                        "[changing-a-username]", "[where]", "[logging-in]", "[clause-of-when]", "[wishing]",
                        "[not-knowing-where]", "[asking-how]", "[guessing-whether]", "[after-a-new-one]"));
        return new GuideQuestions(
                new Form(sections.get("[finding]"), sections.get("[username]"), Set.copyOf(usernamePassages), false),
                new Form(sections.get("[making-new]"), sections.get("[code]"), Set.copyOf(codePassages), false),
                new Form(sections.get("[where]"), sections.get("[logging-in]"), Set.copyOf(wherePassages), true),
                sections.get("[clause-of-when]"), sections.get("[pointing-back]"), sections.get("[pointing-back-last]"),
                sections.get("[changing-a-username]"), sections.get("[wishing]"), sections.get("[not-knowing-where]"),
                sections.get("[asking-how]"), sections.get("[guessing-whether]"), sections.get("[after-a-new-one]"));
    }

    /** Whether the passage hands out a username or makes a new code: what a forgotten login needs. */
    boolean handsOutALogin(String passageId) {
        return username.passages.contains(passageId) || code.passages.contains(passageId);
    }

    /** Whether {@code part} names a username or a code ("koden", "hans brugernavn"). */
    boolean namesALogin(String part) {
        String normalised = WriterRoles.normalise(part);
        return username.naming.containsAnyNormalised(normalised) || code.naming.containsAnyNormalised(normalised);
    }

    /** Whether a part that is no question says what the writer wants ("vi mangler en ny kode til ham"). */
    boolean wishes(String part) {
        return wishing.containsAny(part);
    }

    /** Whether a part that is no question says the writer does not know where ("jeg ved ikke hvor jeg skal logge ind"). */
    boolean doesNotKnowWhere(String part) {
        return notKnowingWhere.containsAny(part);
    }

    /** Whether a question asks how to do it ("Hvordan nulstiller jeg hans kode?"): its first word asks how. */
    boolean asksHow(String question) {
        return askingHow.containsAnyNormalised(firstWord(WriterRoles.normalise(question)));
    }

    /** Whether a question guesses at a way ("Skal jeg lave en ny kode?"): its first word asks whether one should. */
    boolean guessesWhether(String question) {
        return guessingWhether.containsAnyNormalised(firstWord(WriterRoles.normalise(question)));
    }

    /** The first word of a normalised text, or the empty string. */
    private static String firstWord(String normalised) {
        String stripped = normalised.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    /** The last word of a normalised text, or the empty string. */
    private static String lastWord(String normalised) {
        String stripped = normalised.strip();
        return stripped.substring(stripped.lastIndexOf(' ') + 1);
    }

    /** {@code after} up to a clause of when or if in it ("…, når han logger ind"), which tells when, not what is asked. */
    private String beforeAClauseOfWhen(String after) {
        int clause = clauseOfWhen.endOfFirst(after);
        return clause < 0 ? after : after.substring(0, clause);
    }

    /**
     * The parts of the two sentences before part {@code i}, nearest first: a clause the next part goes on from with "og"
     * or "men" is of the same sentence.
     */
    private static List<Integer> partsBefore(List<ReadMessage.Part> parts, int i) {
        List<Integer> before = new ArrayList<>(4);
        int sentences = 0;
        for (int part = i - 1; part >= 0; part--) {
            if (!MessageParts.goesOnFromThePartBefore(parts.get(part + 1).text()) && ++sentences > SENTENCES_BACK) {
                break;
            }
            before.add(part);
        }
        return before;
    }

    /** How many words after a word of finding may name what is found ("finde hans brugernavn", "slå det op"). */
    private static final int FOUND_WITHIN_WORDS = 3;

    /**
     * A question where to go in ("Hvor skal hun gå ind?") right after a sentence that says someone can find a username
     * ("Hans mor siger, at hun kan se hans brugernavn med sit MitID.") asks where to find it, not where the pupil logs
     * in: the username question of the sentence that names it; null when no sentence before says so. A question with a
     * purpose of its own ("… for at se opgaverne?") is left where it was.
     */
    private Asked whereToFindAUsername(List<ReadMessage.Part> parts, int i, String question) {
        if ((" " + question + " ").contains(" for at ")) {
            return null;
        }
        for (int before : partsBefore(parts, i)) {
            String normalised = WriterRoles.normalise(parts.get(before).text());
            if (findsAUsername(normalised.split(" ")) && (username.naming.containsAnyNormalised(normalised)
                    || before > 0 && username.naming.containsAny(parts.get(before - 1).text()))) {
                return new Asked(before, username.passages, false, false);
            }
        }
        return null;
    }

    /** Whether a word of finding has a username or a word pointing back to one right after it ("se hans brugernavn"). */
    private boolean findsAUsername(String[] words) {
        for (int j = 0; j < words.length; j++) {
            if (!username.asking.hasNormalisedWord(words[j]) || j + 1 < words.length && words[j + 1].equals("ud")) {
                continue;
            }
            for (int k = j + 1; k < Math.min(words.length, j + 1 + FOUND_WITHIN_WORDS); k++) {
                if (username.naming.hasNormalisedWord(words[k]) || pointingBack.hasNormalisedWord(words[k])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What part {@code i} of {@code parts}, a question, asks for; null when it asks for nothing the guide hands out. */
    Asked asked(List<ReadMessage.Part> parts, int i) {
        String question = WriterRoles.normalise(parts.get(i).text());
        for (Form form : List.of(username, code, where)) {
            int asking = form.asking.endOfFirst(question);
            // The guide hands a username out, it never changes one ("Kan man få et helt andet brugernavn?").
            if (asking < 0 || form == username && changingAUsername.containsAnyNormalised(question)) {
                continue;
            }
            String after = question.substring(Math.min(question.length(), asking + 1));
            if (form.namingAfter) {
                after = beforeAClauseOfWhen(after);
            }
            if (form.naming.containsAnyNormalised(form.namingAfter ? after : question)) {
                Asked toFind = form == where ? whereToFindAUsername(parts, i, question) : null;
                return toFind != null ? toFind : new Asked(i, form.passages, form == code, form == where);
            }
            // What is found or made new points back after the word that asks ("finde det", "skifte den"), or the word
            // that asks ends the question ("give ham en ny?"): "Det er vel ikke muligt at nulstille Chromebooken?"
            // points nowhere.
            String last = lastWord(after);
            if (!form.namingAfter && (pointingBack.containsAnyNormalised(after) || last.isEmpty()
                    || pointingBackLast.containsAnyNormalised(last)
                    || form == code && afterANewOne.hasNormalisedWord(firstWord(after)))) {
                for (int before : partsBefore(parts, i)) {
                    if (form.naming.containsAny(parts.get(before).text())) {
                        return new Asked(before, form.passages, form == code, form == where);
                    }
                }
            }
        }
        return null;
    }
}
