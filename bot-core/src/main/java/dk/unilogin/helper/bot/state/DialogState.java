package dk.unilogin.helper.bot.state;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The dialog in progress, so that the next message can be read in its light.
 *
 * @param passageId  the passage being walked or asked about
 * @param stepIndex  0-based position of a step-by-step walk
 * @param candidates passage ids offered in a clarifying question, best first
 * @param question   the (redacted) message that led to the clarifying question
 */
public record DialogState(Mode mode, String passageId, int stepIndex, List<String> candidates, String question)
        implements Serializable {

    public enum Mode {
        /** Nothing pending. */
        IDLE,
        /** Walking a passage's steps one at a time. */
        WALKING,
        /** Walking, and the current step's choice (2a/2b) has been asked. */
        CHOOSING,
        /** A clarifying question with candidates has been asked. */
        CLARIFYING,
        /** An answer was given and "Hjalp det?" asked. */
        AWAITING_FEEDBACK,
        /** The guide had nothing more and the user was sent to the school. */
        REFERRED_TO_SCHOOL
    }

    public static final DialogState IDLE = new DialogState(Mode.IDLE, null, 0, List.of(), null);

    public DialogState {
        Objects.requireNonNull(mode, "mode");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static DialogState walking(String passageId, int stepIndex) {
        return new DialogState(Mode.WALKING, passageId, stepIndex, List.of(), null);
    }

    public static DialogState choosing(String passageId, int stepIndex) {
        return new DialogState(Mode.CHOOSING, passageId, stepIndex, List.of(), null);
    }

    public static DialogState clarifying(List<String> candidates, String question) {
        return new DialogState(Mode.CLARIFYING, null, 0, candidates, question);
    }

    public static DialogState awaitingFeedback(String passageId) {
        return new DialogState(Mode.AWAITING_FEEDBACK, passageId, 0, List.of(), null);
    }

    public static final DialogState REFERRED = new DialogState(Mode.REFERRED_TO_SCHOOL, null, 0, List.of(), null);

    public boolean is(Mode m) {
        return mode == m;
    }
}
