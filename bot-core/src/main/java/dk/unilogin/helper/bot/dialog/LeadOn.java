package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.reading.Reading;
import dk.unilogin.helper.bot.state.DialogState;
import dk.unilogin.helper.knowledge.ConversationRoles;
import dk.unilogin.helper.knowledge.Passage;
import java.util.Optional;

/**
 * What follows the user's verdict on an answer. "It worked" ends the matter; "it did not
 * work" leads on as the guide's {@code lead-on} keys say: first the usual causes ({@code
 * causes}, "Ingen adgang"); from there, and from every answer that already ends in the school
 * ({@code school-facts}), how to reach the school ({@code school}). Never a dead end: the last
 * stop is the school's contact.
 */
final class LeadOn {
    private final DialogKit kit;
    private final AnswerDialog answers;
    private final SchoolDialog school;

    LeadOn(DialogKit kit, AnswerDialog answers, SchoolDialog school) {
        this.kit = kit;
        this.answers = answers;
        this.school = school;
    }

    /** Reads the reply to "Hjalp det?"; false if it is no yes or no. */
    boolean onFeedback(TurnContext ctx, PendingPrompt.Feedback asked, Reading reading) {
        Optional<Boolean> verdict = asked.verdict(reading);
        if (verdict.isEmpty()) {
            return false;
        }
        if (verdict.get()) {
            worked(ctx, asked.passageId());
        } else {
            notWorked(ctx, asked.passageId());
        }
        return true;
    }

    /** Replies to "it worked" about {@code passageId}; traced as positive feedback on it. */
    void worked(TurnContext ctx, String passageId) {
        ctx.send(kit.texts(ctx).workedReply());
        DialogKit.await(ctx, new PendingPrompt.Nothing());
        ctx.helpful(true);
        ctx.trace(TurnOutcome.FEEDBACK, passageId, 1.0);
    }

    /** Replies to "it did not work" about {@code fromId}; traced as negative feedback on it. */
    void notWorked(TurnContext ctx, String fromId) {
        leadOn(ctx, fromId, true);
        ctx.helpful(false);
        ctx.trace(TurnOutcome.FEEDBACK, fromId, 0);
    }

    /** Replies to "hvad så?" after an answer with no steps to walk: the next stop, no verdict on the answer. */
    void onward(TurnContext ctx, String fromId) {
        String shown = leadOn(ctx, fromId, false);
        ctx.trace(shown != null ? TurnOutcome.ANSWER : TurnOutcome.SCHOOL, shown, shown != null ? 1.0 : 0);
    }

    /** Shows where to go from {@code fromId}; returns the passage shown, or null for the school's contact. */
    private String leadOn(TurnContext ctx, String fromId, boolean failed) {
        Texts t = kit.texts(ctx);
        Optional<Passage> target = next(ctx, fromId);
        if (target.isPresent()) {
            boolean causes = target.get().roles().leadOn() == ConversationRoles.LeadOn.CAUSES;
            ctx.send(failed ? (causes ? t.notWorkedCauses() : t.notWorkedSchool())
                    : (causes ? t.nextStepCauses() : t.nextStepSchool()));
            if (answers.show(ctx, target.get().id(), null)) {
                return target.get().id();
            }
        }
        lastStop(ctx);
        return null;
    }

    /** The next stop after {@code fromId}: the causes, then the school; none after the school. */
    private Optional<Passage> next(TurnContext ctx, String fromId) {
        Optional<Passage> school = kit.leadOnStop(ctx, ConversationRoles.LeadOn.SCHOOL);
        Optional<Passage> from = kit.passage(ctx, fromId);
        if (fromId == null || school.map(s -> s.id().equals(fromId)).orElse(true)) {
            return Optional.empty();
        }
        if (from.map(p -> p.roles().endsInSchool()).orElse(false)) {
            return school;
        }
        return kit.leadOnStop(ctx, ConversationRoles.LeadOn.CAUSES).filter(c -> !c.id().equals(fromId)).or(() -> school);
    }

    /**
     * The school's contact when known, else who to turn to; asks for the school once. Said again,
     * it says plainly that the guide has nothing more, rather than repeating itself word for word.
     */
    void lastStop(TurnContext ctx) {
        Texts t = kit.texts(ctx);
        var known = kit.school(ctx);
        if (ctx.state().dialog().is(DialogState.Mode.REFERRED_TO_SCHOOL)) {
            String contact = known.flatMap(s -> DialogKit.contact(s, ctx.language())).map(c -> "\n\n" + c).orElse("");
            ctx.send(t.nothingMore() + contact);
        } else if (known.isPresent()) {
            String contact = DialogKit.contact(known.get(), ctx.language()).orElse(t.schoolIsNext());
            ctx.send(t.notWorkedSchool() + "\n\n" + contact);
        } else {
            ctx.send(t.schoolIsNext());
            school.askOnce(ctx);
        }
        ctx.state(ctx.state().withDialog(DialogState.REFERRED));
    }
}
