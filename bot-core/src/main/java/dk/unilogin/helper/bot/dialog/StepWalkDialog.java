package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.PassageRef;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.state.DialogState;
import dk.unilogin.helper.knowledge.Choice;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a passage one step at a time with Næste / Tilbage / Det virkede / Det virkede ikke;
 * a step that forks (2a/2b) is asked as a question with one button per branch.
 */
final class StepWalkDialog {
    private final DialogKit kit;
    private final LeadOn leadOn;

    StepWalkDialog(DialogKit kit, LeadOn leadOn) {
        this.kit = kit;
        this.leadOn = leadOn;
    }

    /** Shows step {@code index} (0-based) of a passage, with the chosen branch if any; false if unknown. */
    boolean show(TurnContext ctx, String passageId, int index, String choiceLabel) {
        Optional<Passage> found = kit.passage(ctx, passageId);
        if (found.isEmpty() || found.get().steps().isEmpty() || index < 0
                || index >= found.get().steps().size()) {
            return false;
        }
        Passage p = found.get();
        Texts t = kit.texts(ctx);
        Step step = p.steps().get(index);
        Choice chosen = step.choices().stream().filter(c -> c.label().equals(choiceLabel)).findFirst().orElse(null);
        List<SuggestedAction> buttons = new ArrayList<>();
        String text = kit.renderer().step(p, index, t, chosen);
        if (step.hasChoices() && chosen == null) {
            text += "\n\n" + t.choiceQuestion();
            for (Choice c : step.choices()) {
                ButtonValue.of(ButtonValue.CHOOSE, p.id(), index, c.label())
                        .button(PassageRenderer.choiceTitle(c)).ifPresent(buttons::add);
            }
            addBack(buttons, p, index, t);
            ctx.state(ctx.state().answered(p.id(), null).withDialog(DialogState.choosing(p.id(), index)));
        } else {
            if (index + 1 < p.steps().size()) {
                ButtonValue.of(ButtonValue.STEP, p.id(), index + 1).button(t.next()).ifPresent(buttons::add);
            }
            addBack(buttons, p, index, t);
            if (index + 1 == p.steps().size()) {
                ButtonValue.of(ButtonValue.WORKED, p.id()).button(t.worked()).ifPresent(buttons::add);
            }
            ButtonValue.of(ButtonValue.NOT_WORKED, p.id()).button(t.notWorked()).ifPresent(buttons::add);
            ctx.state(ctx.state().answered(p.id(), null).withDialog(DialogState.walking(p.id(), index)));
        }
        ctx.send(text, buttons, new PassageRef(p.id(), p.title()));
        ctx.trace(TurnOutcome.STEP, p.id(), 1.0);
        return true;
    }

    private static void addBack(List<SuggestedAction> buttons, Passage p, int index, Texts t) {
        if (index > 0) {
            ButtonValue.of(ButtonValue.STEP, p.id(), index - 1).button(t.back()).ifPresent(buttons::add);
        }
    }

    void worked(TurnContext ctx, String passageId) {
        ctx.send(kit.texts(ctx).workedReply());
        ctx.state(ctx.state().withDialog(DialogState.IDLE));
        ctx.helpful(true);
        ctx.trace(TurnOutcome.FEEDBACK, passageId, 1.0);
    }

    /** Reads typed words while walking ("næste", "tilbage", "a", "nej, vi kender den ikke"); false if none fit. */
    boolean onText(TurnContext ctx, String text) {
        DialogState d = ctx.state().dialog();
        if (!d.is(DialogState.Mode.WALKING) && !d.is(DialogState.Mode.CHOOSING)) {
            return false;
        }
        String words = Words.normalize(text);
        if (d.is(DialogState.Mode.CHOOSING)) {
            Optional<String> label = chooseFromText(ctx, d, words);
            if (label.isPresent()) {
                return show(ctx, d.passageId(), d.stepIndex(), label.get());
            }
        }
        if (Words.matchesAny(words, "naeste", "next", "videre", "og saa", "hvad saa", "hvad nu", "done", "faerdig",
                "klar", "ok", "okay", "what now", "then what", "naeste trin", "next step", "ja", "yes", "jep", "yep",
                "det har jeg gjort", "gjort", "i did that", "ok naeste", "ok next")) {
            int nextIndex = d.is(DialogState.Mode.CHOOSING) ? d.stepIndex() : d.stepIndex() + 1;
            return show(ctx, d.passageId(), nextIndex, null) || finished(ctx, d);
        }
        if (NavigationDialog.isBack(text)) {
            return show(ctx, d.passageId(), Math.max(0, d.stepIndex() - 1), null);
        }
        if (Words.matchesAny(words, "det virkede ikke", "det virker ikke", "virker ikke", "det virker stadig ikke",
                "virker stadig ikke", "it did not work", "it didnt work", "didnt work", "it does not work", "nej", "no", "nope",
                "doesnt work", "it doesnt work", "not working", "still not working")) {
            leadOn.notWorked(ctx, d.passageId());
            return true;
        }
        if (Words.matchesAny(words, "det virkede", "det virker", "virkede", "it worked", "worked", "it works",
                "det lykkedes", "lykkedes", "success")) {
            worked(ctx, d.passageId());
            return true;
        }
        return false;
    }

    /**
     * A message mid-walk that held a secret ("den nye kode er …") reports progress, not a new
     * question, unless what is left asks about another passage: the current step is shown again.
     */
    boolean onSecretRemoved(TurnContext ctx, String text) {
        DialogState d = ctx.state().dialog();
        if (!ctx.sensitiveDataRemoved() || (!d.is(DialogState.Mode.WALKING) && !d.is(DialogState.Mode.CHOOSING))) {
            return false;
        }
        MatchResult rest = kit.knowledge().match(QuestionDialog.withoutRedactions(text));
        if (rest.decision() == MatchDecision.ANSWER && !rest.ranked().get(0).passageId().equals(d.passageId())) {
            return false;
        }
        return show(ctx, d.passageId(), d.stepIndex(), null);
    }

    /**
     * "jeg forstår ikke": mid-walk the current step again, with how to say it is stuck; after an
     * answer the same guide one step at a time. False when the passage has no steps to walk.
     */
    boolean oneStepAtATime(TurnContext ctx, String passageId) {
        DialogState d = ctx.state().dialog();
        boolean walking = d.is(DialogState.Mode.WALKING) || d.is(DialogState.Mode.CHOOSING);
        Texts t = kit.texts(ctx);
        if (walking && d.passageId() != null) {
            ctx.send(t.stuckOnStep());
            return show(ctx, d.passageId(), d.stepIndex(), null);
        }
        Optional<Passage> p = kit.passage(ctx, passageId);
        if (p.isEmpty() || p.get().steps().size() < 2) {
            return false;
        }
        ctx.send(t.letUsWalk());
        return show(ctx, passageId, 0, null);
    }

    private boolean finished(TurnContext ctx, DialogState d) {
        Optional<Passage> p = kit.passage(ctx, d.passageId());
        return p.isPresent() && show(ctx, d.passageId(), p.get().steps().size() - 1, null);
    }

    /** A branch named by its letter, or by yes/no against the branch that states a negation. */
    private Optional<String> chooseFromText(TurnContext ctx, DialogState d, String words) {
        Optional<Passage> p = kit.passage(ctx, d.passageId());
        if (p.isEmpty() || d.stepIndex() >= p.get().steps().size()) {
            return Optional.empty();
        }
        List<Choice> choices = p.get().steps().get(d.stepIndex()).choices();
        for (Choice c : choices) {
            if (words.equals(c.label().toLowerCase()) || words.equals(d.stepIndex() + 1 + c.label().toLowerCase())) {
                return Optional.of(c.label());
            }
        }
        boolean negative = Words.hasNegation(words) || Words.containsAny(words, "glemt", "forgot", "forgotten");
        boolean positive = Words.containsAny(words, "ja", "yes", "kender", "know", "husker", "remember");
        if (!negative && !positive) {
            return Optional.empty();
        }
        return choices.stream()
                .filter(c -> Words.hasNegation(Words.normalize(c.condition())) == negative)
                .map(Choice::label)
                .findFirst();
    }
}
