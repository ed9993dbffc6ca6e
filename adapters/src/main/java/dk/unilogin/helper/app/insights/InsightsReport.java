package dk.unilogin.helper.app.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.List;

/**
 * What the admin sees for one period, for one school or (school null) all of them.
 * {@code questions} counts turns that asked the guide something (answered, clarified or
 * fallback); {@code answeredShare} is the share of those that were not a fallback.
 * {@code days} holds every day of the period; {@code feedback} every passage that got a
 * "Hjalp det?" answer, {@code notHelpful} those among them with at least one "no".
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
        List<PassageFeedback> notHelpful,
        List<DayCount> days,
        List<PassageFeedback> feedback) {

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

    /** One day (UTC) of the period; days without turns are there with zeros. */
    public record DayCount(LocalDate day, long turns, long questions, long fallbacks) {
        /** The share of the day's questions that were answered, or empty on a day without questions. */
        public OptionalDouble answeredShare() {
            return questions == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (questions - fallbacks) / questions);
        }
    }
}
