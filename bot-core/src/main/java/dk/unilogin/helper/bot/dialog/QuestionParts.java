package dk.unilogin.helper.bot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a message into the questions it may hold: at sentence ends and line breaks, and at
 * "og"/"and" where a new question may start ("… glemt sin kode og hvor skal han logge
 * ind?"). A clause too short to be a question of its own ("min søn og …") joins its neighbour.
 */
final class QuestionParts {
    /** A part needs this many words to be a question of its own ("hvor logger vi ind"). */
    static final int MIN_WORDS = 3;
    /** Parts read of a long message; the last ones are kept, as the ask tends to come last. */
    static final int MAX_PARTS = 40;

    /** A full stop ends a sentence unless it follows a number ("8. klasse") or an abbreviation ("f.eks."). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[?!;])\\s+|(?<=[^\\d\\s.]{2}(?<!\\.\\p{L}{1,3})\\.)\\s+|\\s*\\n+\\s*|(?<=\\?)");
    private static final Pattern JOINED = Pattern.compile(
            "(?iu)[,]?\\s+(?=(?:og|samt|plus|and)\\s+)");

    private static final Pattern QUESTION_START = Pattern.compile("(((og|men|and|but|so|saa) )?(hvordan|hvor|hvad|"
            + "hvem|hvorfor|hvornaar|hvilken|hvilket|hvilke|how|where|what|who|why|when|which)"
            + "|kan|skal|maa|goer|can|could|should|do|does)( .*)?");

    private QuestionParts() {
    }

    /** Written as a question: a question mark, or a question word first ("hvor skal han logge ind"). */
    static boolean isQuestion(String part) {
        return part.strip().endsWith("?") || QUESTION_START.matcher(Words.normalize(part)).matches();
    }

    static List<String> of(String text) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            for (String clause : JOINED.split(sentence)) {
                if (!Words.normalize(clause).isEmpty()) {
                    clauses.add(clause.strip());
                }
            }
        }
        List<String> parts = new ArrayList<>();
        String pending = "";
        for (String clause : clauses) {
            String joined = pending.isEmpty() ? clause : pending + " " + clause;
            if (Words.count(Words.normalize(joined)) < MIN_WORDS) {
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
}
