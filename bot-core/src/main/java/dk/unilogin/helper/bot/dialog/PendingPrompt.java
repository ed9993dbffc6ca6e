package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.state.ConversationState;
import dk.unilogin.helper.bot.state.DialogState;
import dk.unilogin.helper.bot.reading.Reading;
import java.util.List;
import java.util.Optional;

/**
 * What the bot is waiting for, read from the conversation's stored state: the next message is
 * first offered to it. Each prompt is asked, and its reply read, by one dialog ({@link
 * ConversationRouter#continuePending} says which). The stored form stays {@link DialogState}
 * and the {@code awaitingSchool} flag, so that conversations kept in a store survive an upgrade.
 */
sealed interface PendingPrompt {

    /** Nothing asked. */
    record Nothing() implements PendingPrompt {
    }

    /** A step of a passage is shown; {@code forkAsked} when the step forks (2a/2b) and which branch was asked. */
    record Walk(String passageId, int step, boolean forkAsked) implements PendingPrompt {
        @Override
        public DialogState stored() {
            return forkAsked ? DialogState.choosing(passageId, step) : DialogState.walking(passageId, step);
        }

        @Override
        public boolean outlivesAFallback() {
            // a message the bot cannot read does not end the walk: "næste" still goes on from the step
            return true;
        }
    }

    /** "Which of these did you mean?", with the passages offered and the question that led to it. */
    record Clarification(List<String> candidates, String question) implements PendingPrompt {
        @Override
        public DialogState stored() {
            return DialogState.clarifying(candidates, question);
        }
    }

    /** "Hjalp det?" after an answer from {@code passageId}. */
    record Feedback(String passageId) implements PendingPrompt {
        /** True for "ja", "det virkede", 👍; false for "nej", "det virker ikke", 👎; empty for anything else. */
        Optional<Boolean> verdict(Reading reading) {
            if (reading instanceof Reading.Yes || reading instanceof Reading.Worked) {
                return Optional.of(true);
            }
            if (reading instanceof Reading.No || reading instanceof Reading.NotWorking) {
                return Optional.of(false);
            }
            return Optional.empty();
        }

        @Override
        public DialogState stored() {
            return DialogState.awaitingFeedback(passageId);
        }
    }

    /** "Which school?", asked on top of whatever else was pending. */
    record SchoolName(PendingPrompt beneath) implements PendingPrompt {
        @Override
        public boolean readsEmoji() {
            return beneath.readsEmoji();
        }
    }

    /** The form kept in the conversation's state ({@link DialogState#IDLE} for none). */
    default DialogState stored() {
        return DialogState.IDLE;
    }

    /** Whether a 👍 or 👎 alone answers it (a step, "Hjalp det?"); elsewhere emoji carry no question. */
    default boolean readsEmoji() {
        return this instanceof Walk || this instanceof Feedback;
    }

    /** Whether it is still pending after the bot could not read a message. */
    default boolean outlivesAFallback() {
        return false;
    }

    static PendingPrompt of(ConversationState state) {
        PendingPrompt dialog = of(state.dialog());
        return state.awaitingSchool() ? new SchoolName(dialog) : dialog;
    }

    private static PendingPrompt of(DialogState d) {
        return switch (d.mode()) {
            case WALKING -> new Walk(d.passageId(), d.stepIndex(), false);
            case CHOOSING -> new Walk(d.passageId(), d.stepIndex(), true);
            case CLARIFYING -> d.candidates().isEmpty() ? new Nothing() : new Clarification(d.candidates(), d.question());
            case AWAITING_FEEDBACK -> new Feedback(d.passageId());
            case IDLE, REFERRED_TO_SCHOOL -> new Nothing();
        };
    }
}
