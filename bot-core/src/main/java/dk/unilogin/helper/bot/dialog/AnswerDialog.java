package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.PassageRef;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.knowledge.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers from one passage: title, steps, notes, source, the school's facts where the guide
 * ends in the school, buttons for "Trin for trin" and related passages, then "Hjalp det?"
 * ({@link PendingPrompt.Feedback}, read by {@link LeadOn}).
 */
final class AnswerDialog {
    private static final int MAX_RELATED = 3;

    private final DialogKit kit;
    private final SchoolDialog school;

    AnswerDialog(DialogKit kit, SchoolDialog school) {
        this.kit = kit;
        this.school = school;
    }

    /** Answers and traces the turn as an answer; false if the passage is unknown. */
    boolean answer(TurnContext ctx, String passageId, double confidence, String question) {
        if (!show(ctx, passageId, question)) {
            return false;
        }
        ctx.trace(TurnOutcome.ANSWER, passageId, confidence);
        return true;
    }

    /** Sends the answer without deciding the turn's trace (a lead-on after feedback uses it). */
    boolean show(TurnContext ctx, String passageId, String question) {
        Optional<Passage> found = kit.passage(ctx, passageId);
        if (found.isEmpty()) {
            return false;
        }
        Passage p = found.get();
        Texts t = kit.texts(ctx);
        StringBuilder text = new StringBuilder(kit.renderer().whole(p, t));
        kit.schoolAdvice(ctx, p.id()).ifPresent(advice -> text.append("\n\n").append(advice));
        ctx.send(text.toString(), buttons(ctx, p, t), new PassageRef(p.id(), p.title()));
        List<SuggestedAction> feedback = new ArrayList<>();
        ButtonValue.of(ButtonValue.HELPFUL, p.id()).button(t.yes()).ifPresent(feedback::add);
        ButtonValue.of(ButtonValue.NOT_HELPFUL, p.id()).button(t.no()).ifPresent(feedback::add);
        ctx.send(t.helpfulQuestion(), feedback);
        ctx.state(ctx.state().answered(p.id(), question));
        DialogKit.await(ctx, new PendingPrompt.Feedback(p.id()));
        school.maybeAsk(ctx, p.id());
        return true;
    }

    private List<SuggestedAction> buttons(TurnContext ctx, Passage p, Texts t) {
        List<SuggestedAction> buttons = new ArrayList<>();
        if (p.steps().size() > 1) {
            ButtonValue.of(ButtonValue.WALK, p.id()).button(t.stepByStep()).ifPresent(buttons::add);
        }
        p.related().stream()
                .limit(MAX_RELATED)
                .flatMap(id -> kit.passage(ctx, id).stream())
                .forEach(r -> ButtonValue.of(ButtonValue.ANSWER, r.id()).button(r.title()).ifPresent(buttons::add));
        return buttons;
    }
}
