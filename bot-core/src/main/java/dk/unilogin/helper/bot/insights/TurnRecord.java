package dk.unilogin.helper.bot.insights;

import dk.unilogin.helper.bot.TurnOutcome;
import java.time.Instant;
import java.util.Objects;

/**
 * One turn as recorded for insights, already redacted: {@code redactedText} has had CPR
 * numbers and passwords removed. {@code helpful} is the "Hjalp det?" answer for a feedback
 * turn (about {@code passageId}), null otherwise.
 */
public record TurnRecord(
        Instant time,
        String channelId,
        String conversationId,
        String schoolId,
        String redactedText,
        TurnOutcome outcome,
        String passageId,
        double confidence,
        Boolean helpful) {

    public TurnRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean fallback() {
        return outcome == TurnOutcome.FALLBACK;
    }
}
