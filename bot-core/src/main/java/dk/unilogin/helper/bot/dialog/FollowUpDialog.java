package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.reading.AudienceCue;
import dk.unilogin.helper.bot.reading.Reading;
import dk.unilogin.helper.knowledge.Audience;
import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Short messages that lean on the last answer: "og hvad med min datter?" asks it again for the
 * person now named, "det virker stadig ikke" leads on, "hvad så?" and "trin for trin" walk it,
 * "jeg forstår ikke" walks it one step at a time.
 */
final class FollowUpDialog {
    private final DialogKit kit;
    private final AnswerDialog answers;
    private final StepWalkDialog walk;
    private final LeadOn leadOn;
    private final WelcomeDialog welcome;

    FollowUpDialog(DialogKit kit, AnswerDialog answers, StepWalkDialog walk, LeadOn leadOn, WelcomeDialog welcome) {
        this.kit = kit;
        this.answers = answers;
        this.walk = walk;
        this.leadOn = leadOn;
        this.welcome = welcome;
    }

    /** True if the reading is a follow-up and was handled; false lets it be read as a question. */
    boolean onReading(TurnContext ctx, Reading reading) {
        boolean followUp = reading instanceof Reading.NotWorking || reading instanceof Reading.WhatNow
                || reading instanceof Reading.StepByStep || reading instanceof Reading.Confused
                || reading instanceof Reading.AudienceShift;
        if (!followUp) {
            return false;
        }
        String last = ctx.state().lastPassageId();
        if (last == null) {
            return withNothingBefore(ctx, reading);
        }
        if (reading instanceof Reading.NotWorking) {
            leadOn.notWorked(ctx, last);
            return true;
        }
        if (reading instanceof Reading.StepByStep) {
            return walk.show(ctx, last, 0, null);
        }
        if (reading instanceof Reading.WhatNow) {
            if (!walk.show(ctx, last, 0, null)) {
                leadOn.onward(ctx, last);
            }
            return true;
        }
        if (reading instanceof Reading.AudienceShift shift) {
            return audienceShift(ctx, shift, last);
        }
        return walk.oneStepAtATime(ctx, last);
    }

    /**
     * "det virker stadig ikke" as the first thing said: what is it that does not work? A message
     * the guide answers by itself ("unilogin virker ikke") is left to the matcher.
     */
    private boolean withNothingBefore(TurnContext ctx, Reading reading) {
        if (reading instanceof Reading.AudienceShift || reading.message().match().decision() != MatchDecision.NONE) {
            return false;
        }
        ctx.send(kit.texts(ctx).whatDoesNotWork(), welcome.topicButtons(ctx));
        ctx.state(ctx.state().withFallbacksReset());
        ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
        return true;
    }

    /** "og hvad med min datter?": the last question asked again for the person now named. */
    private boolean audienceShift(TurnContext ctx, Reading.AudienceShift shift, String last) {
        AudienceCue cue = shift.audience();
        Optional<Passage> lastPassage = kit.passage(ctx, last);
        if (lastPassage.isEmpty()) {
            return false;
        }
        if (cue.fits(lastPassage.get(), kit.phrases()) || lastPassage.get().audience() == Audience.ALLE) {
            return answers.answer(ctx, last, 1.0, null);
        }
        List<Passage> family = new ArrayList<>();
        family.add(lastPassage.get());
        lastPassage.get().related().forEach(id -> kit.passage(ctx, id).ifPresent(family::add));
        List<Passage> fitting = cue.fitting(family, kit.phrases());
        if (fitting.isEmpty()) {
            return false;
        }
        String context = shift.message().text() + " " + (ctx.state().lastQuestion() == null
                ? lastPassage.get().title() : ctx.state().lastQuestion());
        List<String> ids = fitting.stream().map(Passage::id).toList();
        MatchResult among = fitting.size() == 1 ? null : kit.among(context, ids);
        String chosen = among == null ? ids.get(0)
                : among.best().map(PassageMatch::passageId).filter(ids::contains).orElse(ids.get(0));
        return answers.answer(ctx, chosen, among == null ? 1.0 : among.best().map(PassageMatch::confidence)
                .orElse(0.5), context);
    }
}
