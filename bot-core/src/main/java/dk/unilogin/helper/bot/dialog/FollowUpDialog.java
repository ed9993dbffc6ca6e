package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
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
 * person now named, "det virker stadig ikke" leads on, "hvad så?" and "trin for trin" walk it.
 */
final class FollowUpDialog {
    private final DialogKit kit;
    private final AnswerDialog answers;
    private final StepWalkDialog walk;
    private final LeadOn leadOn;
    private final WelcomeDialog welcome;
    private final FollowUps followUps = new FollowUps();

    FollowUpDialog(DialogKit kit, AnswerDialog answers, StepWalkDialog walk, LeadOn leadOn, WelcomeDialog welcome) {
        this.kit = kit;
        this.answers = answers;
        this.walk = walk;
        this.leadOn = leadOn;
        this.welcome = welcome;
    }

    boolean onText(TurnContext ctx, String text) {
        String last = ctx.state().lastPassageId();
        Optional<FollowUps.Kind> kind = followUps.classify(text);
        if (kind.isEmpty()) {
            return false;
        }
        if (last == null) {
            return withNothingBefore(ctx, kind.get(), text);
        }
        switch (kind.get()) {
            case STILL_NOT_WORKING -> leadOn.notWorked(ctx, last);
            case STEP_BY_STEP -> {
                if (!walk.show(ctx, last, 0, null)) {
                    return false;
                }
            }
            case WHAT_NOW -> {
                if (!walk.show(ctx, last, 0, null)) {
                    leadOn.onward(ctx, last);
                }
            }
            case AUDIENCE_SHIFT -> {
                return audienceShift(ctx, text, last);
            }
            case CONFUSED -> {
                return walk.oneStepAtATime(ctx, last);
            }
        }
        return true;
    }

    /**
     * "det virker stadig ikke" as the first thing said: what is it that does not work? A message
     * the guide answers by itself ("unilogin virker ikke") is left to the matcher.
     */
    private boolean withNothingBefore(TurnContext ctx, FollowUps.Kind kind, String text) {
        if (kind == FollowUps.Kind.AUDIENCE_SHIFT || kit.knowledge().match(text).decision() != MatchDecision.NONE) {
            return false;
        }
        ctx.send(kit.texts(ctx).whatDoesNotWork(), welcome.topicButtons(ctx));
        ctx.state(ctx.state().withFallbacksReset());
        ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
        return true;
    }

    /** "og hvad med min datter?": the last question asked again for the person now named. */
    private boolean audienceShift(TurnContext ctx, String text, String last) {
        AudienceCue cue = AudienceCue.of(text).orElseThrow();
        Optional<Passage> lastPassage = kit.passage(ctx, last);
        if (lastPassage.isEmpty()) {
            return false;
        }
        if (cue.fits(lastPassage.get()) || lastPassage.get().audience() == Audience.ALLE) {
            return answers.answer(ctx, last, 1.0, null);
        }
        List<Passage> family = new ArrayList<>();
        family.add(lastPassage.get());
        lastPassage.get().related().forEach(id -> kit.passage(ctx, id).ifPresent(family::add));
        List<Passage> fitting = cue.fitting(family);
        if (fitting.isEmpty()) {
            return false;
        }
        String context = text + " " + (ctx.state().lastQuestion() == null ? lastPassage.get().title()
                : ctx.state().lastQuestion());
        List<String> ids = fitting.stream().map(Passage::id).toList();
        MatchResult among = fitting.size() == 1 ? null : kit.knowledge().matchAmong(context, ids);
        String chosen = among == null ? ids.get(0)
                : among.best().map(PassageMatch::passageId).filter(ids::contains).orElse(ids.get(0));
        return answers.answer(ctx, chosen, among == null ? 1.0 : among.best().map(PassageMatch::confidence)
                .orElse(0.5), context);
    }
}
