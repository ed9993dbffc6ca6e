package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.PassageRef;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.reading.PhraseReader;
import dk.unilogin.helper.bot.reading.Reading;
import dk.unilogin.helper.knowledge.Choice;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.Step;
import dk.unilogin.helper.knowledge.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a passage one step at a time with Næste / Tilbage / Det virkede / Det virkede ikke;
 * a step that forks (2a/2b) is asked as a question with one button per branch. Reads the
 * replies to its own steps ({@link PendingPrompt.Walk}).
 */
final class StepWalkDialog {
    private final DialogKit kit;
    private final LeadOn leadOn;
    private final PhraseReader reader;

    StepWalkDialog(DialogKit kit, LeadOn leadOn, PhraseReader reader) {
        this.kit = kit;
        this.leadOn = leadOn;
        this.reader = reader;
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
        boolean forkAsked = step.hasChoices() && chosen == null;
        if (forkAsked) {
            text += "\n\n" + t.choiceQuestion();
            for (Choice c : step.choices()) {
                ButtonValue.of(ButtonValue.CHOOSE, p.id(), index, c.label())
                        .button(PassageRenderer.choiceTitle(c)).ifPresent(buttons::add);
            }
            addBack(buttons, p, index, t);
        } else {
            if (index + 1 < p.steps().size()) {
                ButtonValue.of(ButtonValue.STEP, p.id(), index + 1).button(t.next()).ifPresent(buttons::add);
            }
            addBack(buttons, p, index, t);
            if (index + 1 == p.steps().size()) {
                ButtonValue.of(ButtonValue.WORKED, p.id()).button(t.worked()).ifPresent(buttons::add);
            }
            ButtonValue.of(ButtonValue.NOT_WORKED, p.id()).button(t.notWorked()).ifPresent(buttons::add);
        }
        ctx.state(ctx.state().answered(p.id(), null));
        DialogKit.await(ctx, new PendingPrompt.Walk(p.id(), index, forkAsked));
        ctx.send(text, buttons, new PassageRef(p.id(), p.title()));
        ctx.trace(TurnOutcome.STEP, p.id(), 1.0);
        return true;
    }

    private static void addBack(List<SuggestedAction> buttons, Passage p, int index, Texts t) {
        if (index > 0) {
            ButtonValue.of(ButtonValue.STEP, p.id(), index - 1).button(t.back()).ifPresent(buttons::add);
        }
    }

    /** Reads a reply to the step shown ("næste", "tilbage", "a", "nej, vi kender den ikke"); false if it is none. */
    boolean onReply(TurnContext ctx, PendingPrompt.Walk walk, Reading reading) {
        if (ctx.sensitiveDataRemoved()) {
            return onSecretRemoved(ctx, walk, reading);
        }
        if (walk.forkAsked()) {
            Optional<String> label = branch(ctx, walk, reading);
            if (label.isPresent()) {
                return show(ctx, walk.passageId(), walk.step(), label.get());
            }
        }
        if (reading instanceof Reading.Yes || reading instanceof Reading.Ok || reading instanceof Reading.Done
                || reading instanceof Reading.WhatNow) {
            int next = walk.forkAsked() ? walk.step() : walk.step() + 1;
            return show(ctx, walk.passageId(), next, null) || finished(ctx, walk);
        }
        if (reading instanceof Reading.Back) {
            return show(ctx, walk.passageId(), Math.max(0, walk.step() - 1), null);
        }
        if (reading instanceof Reading.No || reading instanceof Reading.NotWorking) {
            leadOn.notWorked(ctx, walk.passageId());
            return true;
        }
        if (reading instanceof Reading.Worked) {
            leadOn.worked(ctx, walk.passageId());
            return true;
        }
        if (reading instanceof Reading.Confused) {
            ctx.send(kit.texts(ctx).stuckOnStep());
            return show(ctx, walk.passageId(), walk.step(), null);
        }
        return false;
    }

    /**
     * A message mid-walk that held a secret ("den nye kode er …") reports progress, not a new
     * question, unless what is left asks about another passage: the current step is shown again.
     */
    private boolean onSecretRemoved(TurnContext ctx, PendingPrompt.Walk walk, Reading reading) {
        MatchResult rest = reading.message().match();
        if (rest.decision() == MatchDecision.ANSWER && !rest.ranked().get(0).passageId().equals(walk.passageId())) {
            return false;
        }
        return show(ctx, walk.passageId(), walk.step(), null);
    }

    /** "jeg forstår ikke" after an answer: the same guide one step at a time. False when it has no steps to walk. */
    boolean oneStepAtATime(TurnContext ctx, String passageId) {
        Optional<Passage> p = kit.passage(ctx, passageId);
        if (p.isEmpty() || p.get().steps().size() < 2) {
            return false;
        }
        ctx.send(kit.texts(ctx).letUsWalk());
        return show(ctx, passageId, 0, null);
    }

    private boolean finished(TurnContext ctx, PendingPrompt.Walk walk) {
        Optional<Passage> p = kit.passage(ctx, walk.passageId());
        return p.isPresent() && show(ctx, walk.passageId(), p.get().steps().size() - 1, null);
    }

    /** A branch named by its letter, or by yes/no against the branch whose condition says no. */
    private Optional<String> branch(TurnContext ctx, PendingPrompt.Walk walk, Reading reading) {
        Optional<Passage> p = kit.passage(ctx, walk.passageId());
        if (p.isEmpty() || walk.step() >= p.get().steps().size()) {
            return Optional.empty();
        }
        String words = reading.message().words();
        List<Choice> choices = p.get().steps().get(walk.step()).choices();
        for (Choice c : choices) {
            if (words.equals(c.label().toLowerCase()) || words.equals(walk.step() + 1 + c.label().toLowerCase())) {
                return Optional.of(c.label());
            }
        }
        boolean negative = reading instanceof Reading.No || reader.denies(words);
        boolean positive = reading instanceof Reading.Yes || reader.affirms(words);
        if (!negative && !positive) {
            return Optional.empty();
        }
        return choices.stream()
                .filter(c -> reader.negates(TextFold.words(c.condition())) == negative)
                .map(Choice::label)
                .findFirst();
    }
}
