package dk.unilogin.helper.knowledge;

import java.util.Objects;

/**
 * One ranked candidate for a message.
 *
 * @param score      the raw retrieval score (only comparable within one query)
 * @param confidence calibrated 0..1: how likely this passage is the right answer
 */
public record PassageMatch(String passageId, double score, double confidence) {
    public PassageMatch {
        Objects.requireNonNull(passageId, "passageId");
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }
}
