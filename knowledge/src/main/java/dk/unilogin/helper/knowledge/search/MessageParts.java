package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message into the sentences and clauses it is written in: at sentence ends and line
 * breaks, and at "og" / "and" where a new clause starts ("… glemt sin kode og
 * hvor skal han logge ind?"). A clause too short to say anything alone ("min søn og …") joins
 * its neighbour.
 */
final class MessageParts {
    /** A part needs this many words to stand alone ("hvor logger vi ind"). */
    static final int MIN_WORDS = 3;
    /** Parts read of a long message; the last ones are kept, as the ask tends to come last. */
    private static final int MAX_PARTS = 40;

    /** Abbreviations written without an inner full stop, after which the sentence goes on ("ift. at han skal …"). */
    private static final String NOT_AN_ABBREVIATION = "(?<!(?i:\\b(?:ift|pga|evt|mht|vedr|inkl|dvs|fx|jf|bla|ang))\\.)";

    /**
     * A full stop ends a sentence unless it follows an abbreviation ("f.eks.", "kl. 8") or a number
     * ("8. klasse"), where it does only before a capitalised word ("Noah på 12. Han kan ikke …"). Before
     * a number it ends one only after a word of four letters or more ("kl. 8", "nr. 3", "ca. 20" go on). A
     * numbered item ("… glemt det. 2) Hendes …") starts a sentence.
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[?!;])\\s+|(?<=[^\\d\\s.]{2}(?<!\\.\\p{L}{1,3})\\.)" + NOT_AN_ABBREVIATION + "\\s+(?!\\d)|(?<=\\p{L}{4}\\.)\\s+(?=\\d)"
                    + "|(?<=\\d\\.)\\s+(?=\\p{Lu}\\p{Ll})"
                    // a numbered item ("… glemt det. 2) Hendes storebror …") starts a sentence of its own, unless it
                    // closes a bracket ("(han er 16) spørger")
                    + "|\\s+(?<!\\([^()]{0,40})(?=\\d{1,2}\\)\\s+\\p{L})"
                    + "|\\s*\\n+\\s*|(?<=\\?)(?![?!\"'”»])"
                    // an emoji ends a sentence when a capitalised word follows ("… i Odense 🌧️ Nå, men …"); the
                    // look-behind spans two chars, as most emoji lie outside the BMP (a surrogate pair) and one
                    // char would see only its low half; skin tones follow their emoji
                    + "|(?<=[\\p{So}\\x{FE0F}\\x{1F3FB}-\\x{1F3FF}]{1,2})\\s+(?=\\p{Lu})");
    /**
     * "og" / "and" starts a new clause when a question word or a subject follows ("… og hvor skal han
     * logge ind", "… og hun kan heller ikke"); "min kode og mit brugernavn" names two things of one
     * clause, and "unilogin virker men Teams gør ikke" is one thought; "… genstartet og det hele", "og så videre"
     * end a list, they start no clause; nor does "og" right after a question word ("hvornår og hvor").
     */
    private static final Pattern JOINED = Pattern.compile("(?iu)[,]?(?=\\s)"
            // "hvornår og hvor karaktererne kommer", "when and where": two question words of one question
            + "(?<!\\b(?:hvornår|hvornaar|hvor|hvordan|hvad|hvem|hvorfor|when|where|how|what|who|why),?)"
            // "min mor og jeg skifter den sammen", "her mum and I": one subject of two people, unless a comma parts them
            // (looked for only before a space, as the look-behind is costly at every character)
            + "(?!\\s+(?:og|and)\\s+(?:jeg|i)\\b"
            + "(?<=\\b(?:mor|far|mormor|farmor|morfar|farfar|bror|søster|lillebror|storebror|lillesøster|storesøster|mom|mum|dad)"
            + "\\s{1,3}(?:og|and)\\s{1,3}(?:jeg|i)))"
            + "\\s+(?!og\\s+(?:det\\s+hele|så\\s+videre|saa\\s+videre)\\b)"
            + "(?=(?:og|samt|plus|and)\\s+"
            + "(?:hvor|hvordan|hvad|hvem|hvornår|hvornaar|hvorfor|hvilken|hvilke|jeg|han|hun|vi|de|der|det|man|nu"
            + "|så|saa|også|ogsaa|bagefter|desuden|oven|oveni|når|naar|hvis|how|where|what|who|when|why|which|i|he|she|we|they|it|now"
            + "|then|also|once|if)\\b)"
            // after a comma or a dash, "…, og min datters kode er også glemt" starts a clause of its own too,
            // and so does one about a thing named ("…, and Teams won't let her in")
            + "|(?:,|\\s[–—-])\\s+(?=(?:og|and)\\s+(?:(?:min|mit|mine|vores|hans|hendes|deres|my|our|his|her|their)\\b"
            + "|(?-i:\\p{Lu}\\p{Ll})))"
            // "…, men det der haster mest er, at han får en ny kode" names the urgent need in a clause of its own
            + "|,\\s+(?=(?:men|but)\\s+(?:det|the\\s+thing|what)\\s+(?:der\\s+|som\\s+|that\\s+)?(?:haster|er\\s+vigtigst|is\\s+most|matters\\s+most)\\b)"
            // "vi ved hverken hvor hun skal logge ind, eller hvad hendes brugernavn er": a second thing not known
            + "|,(?<=\\b(?:hverken|neither)\\b[^.?!]{1,80})\\s+(?=(?:eller|nor)\\s+(?:hvor|hvordan|hvad|hvem|hvilken|hvilket|hvilke|where|how|what|who|which)\\b)");
    /** A full stop right after a web address ("… virker på unilogin.dk. Og hvor …"), which SENTENCE_END reads as an abbreviation's. */
    private static final Pattern ADDRESS_FULL_STOP = Pattern.compile("\\p{L}\\.(\\p{L}{2,4})\\.(?=\\s)");
    /** SENTENCE_END cannot split a text without one of these; JOINED not one without one of JOINING_WORDS. */
    private static final String SENTENCE_MARKS = "?!;.\n)";
    private static final String[] JOINING_WORDS = {"og", "samt", "plus", "and", "men", "but", "eller", "nor"};

    private MessageParts() {
    }

    /** A question this short that points back ("hvad betyder det?") joins the sentence before it. */
    private static final int MAX_BACK_REFERENCE_WORDS = 6;
    /** No phrase of something unnamed forgotten: parts joined by back-references alone. */
    private static final WordSet NOTHING_FORGOTTEN = WordSet.parse("");
    /** The words that ask, in Danish and English. */
    private static final String QUESTION_WORDS = "hvordan|hvor|hvad|hvem|hvorfor|hvornår|hvornaar|hvilken|hvilke"
            + "|how|where|what|who|why|when|which";
    private static final Pattern QUESTION_START = Pattern.compile("(?iu)^\\W*(" + QUESTION_WORDS
            + "|kan|skal|må|can|could|should|do|does|is|are)\\b.*");

    /** A question word anywhere in a part ("Hej, hvad er min søns brugernavn"): it asks, with or without a question mark. */
    private static final Pattern QUESTION_WORD = Pattern.compile("(?iu)\\b(?:" + QUESTION_WORDS + ")\\b");

    static List<String> of(String text, WordSet backReferences) {
        return of(text, backReferences, NOTHING_FORGOTTEN, NOTHING_FORGOTTEN);
    }

    /**
     * ... and a sentence that says something unnamed is forgotten ({@code forgottenIt}) joins the sentence before it, and
     * so does a sentence of a few words that says so in the words of {@code forgottenItAlone} ("Hun kan ikke huske det.").
     */
    static List<String> of(String text, WordSet backReferences, WordSet forgottenIt, WordSet forgottenItAlone) {
        List<String> parts = of(text);
        List<String> joined = new ArrayList<>();
        for (String part : parts) {
            boolean question = isQuestion(part);
            String asked = upToQuestionMark(part);
            if (!joined.isEmpty() && (question && words(asked) <= MAX_BACK_REFERENCE_WORDS && backReferences.containsAny(asked)
                    || !question && (forgottenIt.containsAny(part)
                    || words(part) <= MAX_BACK_REFERENCE_WORDS && forgottenItAlone.containsAny(part)))) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + part);
            } else {
                joined.add(part);
            }
        }
        return joined;
    }

    /** The question itself, without a sign-off kept after its question mark ("… slå det op? Hilsen Michael"). */
    private static String upToQuestionMark(String part) {
        int mark = part.lastIndexOf('?');
        return mark < 0 ? part : part.substring(0, mark + 1);
    }

    private static final Pattern JOINED_START = Pattern.compile("(?iu)^\\s*(og|samt|plus|and)\\s.*");
    /** The words {@link #of} splits a sentence at, "men" / "but" among them, starting the part split off. */
    private static final Pattern SENTENCE_GOING_ON = Pattern.compile("(?iu)\\s*(?:og|samt|plus|and|men|but)\\b");

    /** A clause split off at "og" / "and" ("… og hvor skal vi logge ind?"): a further thought of its own. */
    static boolean joinedClause(String part) {
        return JOINED_START.matcher(part).matches();
    }

    /** Whether {@code part} goes on from the part before it in one sentence ("…, og hans gamle skole har ferie."). */
    static boolean goesOnFromThePartBefore(String part) {
        return SENTENCE_GOING_ON.matcher(part).lookingAt();
    }

    /** Written as a question: a question mark, or a question word or a verb first ("hvor skal han logge ind"). */
    static boolean isQuestion(String part) {
        return endsAsAQuestion(part) || QUESTION_START.matcher(part).matches();
    }

    /** Whether {@code part} is a question or holds a question word ("Hej, hvad er hans brugernavn, og …"). */
    static boolean asks(String part) {
        return isQuestion(part) || QUESTION_WORD.matcher(part).find();
    }

    /**
     * Whether, from {@code from} on, the first of the marks {@code ends} (which hold '?') in {@code text} is a question
     * mark: the sentence or clause that goes on there asks.
     */
    static boolean askedFrom(String text, int from, String ends) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ends.indexOf(c) >= 0) {
                return c == '?';
            }
        }
        return false;
    }

    /** A question mark last, or before a few words too short to stand alone ("… logge ind? Tak, Hassan"). */
    private static boolean endsAsAQuestion(String part) {
        int mark = part.lastIndexOf('?');
        return mark >= 0 && words(part.substring(mark + 1)) < MIN_WORDS;
    }

    static List<String> of(String text) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : splitAt(SENTENCE_END, endingAddressSentences(text.strip()),
                hasAny(text, SENTENCE_MARKS) || hasEmoji(text))) {
            for (String clause : splitAt(JOINED, sentence, mentions(sentence, JOINING_WORDS))) {
                if (words(clause) > 0) {
                    clauses.add(clause.strip());
                }
            }
        }
        List<String> parts = new ArrayList<>();
        String pending = "";
        for (String clause : clauses) {
            String joined = pending.isEmpty() ? clause : pending + " " + clause;
            if (words(joined) < MIN_WORDS) {
                pending = joined;
            } else {
                parts.add(joined);
                pending = "";
            }
        }
        if (!pending.isEmpty()) {
            if (parts.isEmpty()) {
                parts.add(pending);
            } else {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + pending);
            }
        }
        return parts.size() > MAX_PARTS ? parts.subList(parts.size() - MAX_PARTS, parts.size()) : parts;
    }

    /** {@code text} with a line break after each full stop that ends a sentence on a web address. */
    private static String endingAddressSentences(String text) {
        if (!text.contains(". ")) {
            return text;
        }
        Matcher stop = ADDRESS_FULL_STOP.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (stop.find()) {
            if (MissingSpaces.isAddressEnding(stop.group(1))) {
                out = out == null ? new StringBuilder(text.length() + 4) : out;
                out.append(text, copied, stop.end()).append('\n');
                copied = stop.end();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The text split at the pattern, which is run only when it can match. */
    private static String[] splitAt(Pattern pattern, String text, boolean canMatch) {
        return canMatch ? pattern.split(text) : new String[] {text};
    }

    /** Whether the text has an emoji or another pictograph, which may end a sentence as a full stop does. */
    private static boolean hasEmoji(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL);
    }

    private static boolean hasAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words occurs in the text as a case-insensitive expression compares letters. */
    private static boolean mentions(String text, String[] words) {
        String folded = TextFold.regexCase(text);
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static int words(String text) {
        String spaced = TextFold.spaced(text);
        if (spaced.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = spaced.indexOf(' '); i >= 0; i = spaced.indexOf(' ', i + 1)) {
            words++;
        }
        return words;
    }
}
