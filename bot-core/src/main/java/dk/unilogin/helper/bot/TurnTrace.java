package dk.unilogin.helper.bot;

import java.util.Objects;

/**
 * What the bot decided in one turn, for evaluation and insights. {@code passageId} is the
 * passage the reply is built from; for a clarifying question the first-ranked candidate;
 * null when no passage was used (small talk, fallback). Never holds personal data.
 */
public record TurnTrace(TurnOutcome outcome, String passageId, double confidence, String language) {
    public TurnTrace {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(language, "language");
    }

    public boolean fallback() {
        return outcome == TurnOutcome.FALLBACK;
    }
}
