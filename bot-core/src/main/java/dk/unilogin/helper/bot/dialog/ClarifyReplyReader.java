package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells a reply to the pending clarifying question from a new question. "min søn", "det er til
 * mit barn" and "jeg er mor" answer "for you or for your child?"; "mit barn kan ikke logge på
 * computeren" names the child too, but asks about something else. The test: take the audience
 * words out, and if what is left is a question the matcher confidently answers with a passage
 * that was not offered, the message is a new question.
 */
final class ClarifyReplyReader {
    /** Replies this short that name an audience are answers whatever else they say ("hun har glemt det"). */
    private static final int SHORT_REPLY_WORDS = 4;
    /** Words that frame an audience without adding a topic: "det er til min søn", "it's for my kid". */
    private static final Set<String> FRAMING_WORDS = Words.setOf("det", "den", "er", "til", "for", "jeg", "mit",
            "min", "mine", "vores", "dit", "din", "om", "gaelder", "handler", "jo", "bare", "nok", "da", "ja", "nej",
            "som", "en", "et", "og", "eller", "ikke", "self", "selv", "egen", "eget", "mig", "login", "unilogin",
            "konto", "kontoen", "it", "its", "is", "my", "our", "i", "am", "im", "a", "an", "the", "as", "and",
            "or", "yes", "no", "about", "this", "that", "me", "account", "one", "just", "s", "please", "tak");

    /** Replies that pick an option by its place, longest first: "den første", "nummer 2", "the second one". */
    private static final String[][] POSITIONS = {
            {"den foerste", "det foerste", "foerste", "nummer 1", "nr 1", "the first", "first one", "first"},
            {"den anden", "det andet", "anden", "andet", "nummer 2", "nr 2", "the second", "second one", "second"},
            {"den tredje", "det tredje", "tredje", "nummer 3", "nr 3", "the third", "third one", "third"}};
    private static final int MAX_POSITION_REPLY_WORDS = 4;

    private final KnowledgeBase knowledge;

    ClarifyReplyReader(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** True when {@code text} is a question of its own rather than a choice among {@code offered}. */
    boolean isNewQuestion(String text, List<String> offered) {
        String words = Words.normalize(text);
        boolean namesAudience = AudienceCue.of(text).isPresent();
        if (namesAudience && (Words.count(words) <= SHORT_REPLY_WORDS || onlyNamesAudience(words))) {
            return false;
        }
        String rest = withoutAudienceWords(text);
        if (Words.normalize(rest).isEmpty()) {
            return false;
        }
        MatchResult alone = knowledge.match(rest);
        return alone.decision() == MatchDecision.ANSWER && !offered.contains(alone.ranked().get(0).passageId());
    }

    /** The 0-based place of the option a short reply picks ("den første"), or empty. */
    static OptionalInt position(String text, int offered) {
        String words = Words.normalize(text);
        // "noget andet" says none of them, not the second
        if (Words.count(words) > MAX_POSITION_REPLY_WORDS || Words.containsAny(words, "noget", "something", "other")) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < Math.min(offered, POSITIONS.length); i++) {
            if (Words.containsAny(words, POSITIONS[i])) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean onlyNamesAudience(String words) {
        return Arrays.stream(words.split(" "))
                .allMatch(w -> AudienceCue.isAudienceWord(w) || FRAMING_WORDS.contains(w) || w.matches("\\d+"));
    }

    /** The message with the words that name an audience taken out, as typed otherwise. */
    static String withoutAudienceWords(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(token -> !AudienceCue.isAudienceWord(Words.normalize(token)))
                .collect(Collectors.joining(" "));
    }
}
