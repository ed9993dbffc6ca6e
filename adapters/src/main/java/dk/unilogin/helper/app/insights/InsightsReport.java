package dk.unilogin.helper.app.insights;

import java.time.Instant;
import java.util.List;

/**
 * What the admin sees for one period, for one school or (school null) all of them.
 * {@code questions} counts turns that asked the guide something (answered, clarified or
 * fallback); {@code answeredShare} is the share of those that were not a fallback.
 */
public record InsightsReport(
        Instant from,
        Instant to,
        String school,
        long turns,
        long questions,
        long fallbacks,
        double answeredShare,
        List<SchoolCount> schools,
        List<PassageCount> topPassages,
        List<MessageGroup> unanswered,
        List<PassageFeedback> notHelpful) {

    /** Turns and fallbacks of one school; school null means "no school known". */
    public record SchoolCount(String school, long turns, long questions, long fallbacks) {
    }

    public record PassageCount(String passageId, long answers) {
    }

    /** Unanswered messages that read alike: how many, and a few of them. */
    public record MessageGroup(int count, List<String> examples) {
        public MessageGroup {
            examples = List.copyOf(examples);
        }
    }

    public record PassageFeedback(String passageId, long notHelpful, long helpful) {
    }
}
