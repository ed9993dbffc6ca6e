package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outside-questions file read in its sections: the questions the guide's steps never answer ("må han …",
 * "hvornår", "hvad koster"), the words that ask such a thing only in a question ("gratis": "Findes der en gratis
 * app?", not "en gratis Microsoft-konto"), and the phrases in which such words ask nothing of the kind ("eller må vi
 * vente": or must we wait). Lines before any section header are of the first section.
 *
 * @param asks        a part with one of these asks something the guide does not answer
 * @param inQuestions a question with one of these asks something the guide does not answer
 * @param notAsking   phrases in which a word of {@code asks} or {@code inQuestions} asks no such thing
 * @param wantingToKnow phrases by which a statement asks ("jeg vil gerne vide, hvordan …"), as a question does
 * @param leave       phrases that ask whether one may ("må jeg selv …", "am I allowed to …"): asked of one of the guide's
 *                    {@code steps}, they ask how to do it
 * @param steps       the guide's steps as a question of leave names them ("finde", "slå op", "ny", "kontakte")
 * @param price       phrases that ask what something costs ("koster det noget", "er det gratis"): asked of one of the
 *                    guide's {@code priced} things, they ask how to get it
 * @param priced      what the guide hands out or does as a question of price names it ("en ny kode", "brugernavnet")
 * @param wayOn       phrases that, as the other choice of a question ("Skal vi betale for en reparation, eller hvem skal vi
 *                    henvende os til?"), ask how to go on
 * @param thanks      words of thanks for what was ("tak for hjælpen", "bare en lille hilsen"), not in advance: a message
 *                    that thanks so, states no need and asks nothing, is a thank-you
 */
record OutsideQuestions(WordSet asks, WordSet inQuestions, WordSet notAsking, WordSet wantingToKnow, WordSet leave,
                        WordSet steps, WordSet price, WordSet priced, WordSet wayOn, WordSet thanks) {
    static final String BUNDLED = "matching/outside-questions.txt";
    private static final String IN_QUESTIONS = "[in-questions]";
    private static final String NOT_ASKING = "[not-asking]";
    private static final String WANTING_TO_KNOW = "[wanting-to-know]";
    private static final String LEAVE = "[leave]";
    private static final String STEPS = "[steps]";
    private static final String PRICE = "[price]";
    private static final String PRICED = "[priced]";
    private static final String WAY_ON = "[way-on]";
    private static final String THANKS = "[thanks]";

    /** The file's sections; an unknown section header is a broken file, named by line. */
    static OutsideQuestions parse(String text) {
        Map<String, WordSet> sections = SectionedList.parse(BUNDLED, text, List.of(IN_QUESTIONS, NOT_ASKING, WANTING_TO_KNOW, LEAVE,
                STEPS, PRICE, PRICED, WAY_ON, THANKS));
        return new OutsideQuestions(sections.get(""), sections.get(IN_QUESTIONS), sections.get(NOT_ASKING),
                sections.get(WANTING_TO_KNOW), sections.get(LEAVE), sections.get(STEPS), sections.get(PRICE),
                sections.get(PRICED), sections.get(WAY_ON), sections.get(THANKS));
    }

    /**
     * Whether {@code text}, a question or not, asks one of the questions, outside a phrase that asks none. A word that
     * asks only in a question must stand in a sentence that asks, directly or indirectly ("… men jeg forstår ikke, hvad
     * turen koster. Kan du fortælle mig det?"): a story sentence a short question was joined to ("Vi har afgangsprøve i
     * næste uge. Kan jeg selv finde det?") asks nothing.
     */
    boolean asksIn(String text, boolean question) {
        // "Jeg vil gerne vide, hvordan man laver en quiz.": a statement of wanting to know asks as a question does.
        return asks.containsAnyNormalised(notAsking.withoutPhrases(text))
                || (question || saysWantingToKnow(text))
                && inQuestions.containsAnyNormalised(notAsking.withoutPhrases(askingSentences(text)));
    }

    /** Whether {@code text} says the writer wants to know something ("Jeg vil gerne vide, …"): it asks, as a question does. */
    boolean saysWantingToKnow(String text) {
        return wantingToKnow.containsAny(text);
    }

    /** Whether {@code text} thanks ("Tusind tak for hjælpen", "Bare en lille hilsen"). */
    boolean thanks(String text) {
        return thanks.containsAny(text);
    }

    /** Whether {@code text} asks whether one may take one of the guide's steps ("Må jeg som forælder selv finde hans brugernavn?"). */
    boolean asksLeaveForAStep(String text) {
        return leave.containsAny(text) && steps.containsAny(text);
    }

    /**
     * Whether {@code text}, of a need the message states, asks how to take one of the guide's steps in other words: whether
     * one may ("Må jeg selv finde hans brugernavn?"), what it costs ("Skal vi betale for en ny kode?", "Kan jeg finde
     * hendes brugernavn, og er det gratis?") or, as a question's other choice, how to go on ("Skal vi købe en licens,
     * eller hvem skal vi henvende os til?").
     */
    boolean asksHowToTakeAStep(String text) {
        return asksLeaveForAStep(text) || asksPriceOfAGuideThing(text) || offersAWayOn(text);
    }

    /** A question's sentence: up to and with its question mark. */
    private static final Pattern QUESTION_SENTENCE = Pattern.compile("[^.!?]*\\?");
    /** The word that offers a question's other choice. */
    private static final Pattern OR = Pattern.compile("(?iu)\\b(?:eller|or)\\b");
    /** A clause's "it", pointing back to the clause before ("…en ny kode, og er det gratis?"). */
    private static final Pattern IT = Pattern.compile("(?iu)\\b(?:det|den|dem|it|that)\\b");

    /** The sentences of {@code text} that end with a question mark. */
    private static List<String> questionSentences(String text) {
        return QUESTION_SENTENCE.matcher(text).results().map(MatchResult::group).toList();
    }

    /**
     * Whether a question's other choice asks how to go on ("Skal vi købe en Office-licens, eller hvem skal vi henvende os
     * til?"): of a need the message states, the question asks how to go on with it, whatever its first choice asks.
     */
    private boolean offersAWayOn(String text) {
        for (String sentence : questionSentences(text)) {
            Matcher or = OR.matcher(sentence);
            if (or.find() && wayOn.containsAny(sentence.substring(or.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a question of {@code text} asks the price of one of the guide's things in the clause that names it, or in
     * the next clause of it ("Hvordan skifter han koden, og hvad koster det?"); a thing two clauses away ("Hans kode kan
     * jeg huske, men hvor bestiller jeg et nyt kort, og koster det noget?") is not what is priced.
     */
    private boolean asksPriceOfAGuideThing(String text) {
        for (String sentence : questionSentences(text)) {
            String[] clauses = sentence.split(",");
            for (int c = 0; c < clauses.length; c++) {
                if (price.containsAny(clauses[c]) && (priced.containsAny(clauses[c])
                        || c > 0 && IT.matcher(clauses[c]).find() && priced.containsAny(clauses[c - 1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where one sentence ends and the next begins: a full stop or an exclamation mark, then a capital letter. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!])\\s+(?=\\p{Lu})");
    /** A question put indirectly ("hvordan man …", "…, om den er gratis"). */
    private static final Pattern INDIRECT_QUESTION = Pattern.compile(
            "(?iu)\\b(?:hvordan|hvad|hvor|hvornår|hvorfor|hvem|hvilken|hvilket|hvilke|how|what|where|when|why|who|which)\\b"
            + "|,\\s*(?:om|if|whether)\\b");

    /**
     * The sentences of {@code text} that ask: those with a question mark, any that asks indirectly, and what follows the
     * last question mark; all of it without one.
     */
    private static String askingSentences(String text) {
        int mark = text.lastIndexOf('?');
        if (mark < 0) {
            return text;
        }
        StringBuilder asking = new StringBuilder(text.substring(mark + 1));
        for (String sentence : SENTENCE_END.split(text.substring(0, mark + 1))) {
            if (sentence.indexOf('?') >= 0 || INDIRECT_QUESTION.matcher(sentence).find()) {
                asking.append(' ').append(sentence);
            }
        }
        return asking.toString();
    }
}
