package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import java.util.List;
import java.util.Optional;

/** Carries out a pressed button; an unknown or outdated one gets a kind "please write again". */
final class ButtonRouter {
    private final DialogKit kit;
    private final AnswerDialog answers;
    private final StepWalkDialog walk;
    private final ClarifyDialog clarify;
    private final LeadOn leadOn;
    private final SchoolDialog school;
    private final WelcomeDialog welcome;

    ButtonRouter(DialogKit kit, AnswerDialog answers, StepWalkDialog walk, ClarifyDialog clarify, LeadOn leadOn,
            SchoolDialog school, WelcomeDialog welcome) {
        this.kit = kit;
        this.answers = answers;
        this.walk = walk;
        this.clarify = clarify;
        this.leadOn = leadOn;
        this.school = school;
        this.welcome = welcome;
    }

    /** Carries out the button, or answers it as outdated (also a value this bot never made). */
    void onButton(TurnContext ctx, String value) {
        Optional<ButtonValue> parsed = ButtonValue.parse(value);
        boolean handled = parsed.isPresent() && press(ctx, parsed.get());
        if (!handled) {
            ctx.send(kit.texts(ctx).staleButton(), welcome.topicButtons(ctx));
            DialogKit.await(ctx, new PendingPrompt.Nothing());
            ctx.trace(TurnOutcome.FALLBACK, null, 0);
        }
    }

    private boolean press(TurnContext ctx, ButtonValue b) {
        return switch (b.command()) {
            case ButtonValue.ANSWER -> answers.answer(ctx, b.arg(0), 1.0, null);
            case ButtonValue.WALK -> walk.show(ctx, b.arg(0), 0, null);
            case ButtonValue.STEP -> walk.show(ctx, b.arg(0), b.intArg(1), null);
            case ButtonValue.CHOOSE -> walk.show(ctx, b.arg(0), b.intArg(1), b.arg(2));
            case ButtonValue.WORKED, ButtonValue.HELPFUL -> known(ctx, b.arg(0)) && worked(ctx, b.arg(0));
            case ButtonValue.NOT_WORKED, ButtonValue.NOT_HELPFUL -> known(ctx, b.arg(0)) && notWorked(ctx, b.arg(0));
            case ButtonValue.SCHOOL -> school.onButton(ctx, b.arg(0));
            case ButtonValue.TOPIC -> topic(ctx, b.arg(0));
            case ButtonValue.HELP -> {
                welcome.capabilities(ctx);
                yield true;
            }
            default -> false;
        };
    }

    private boolean known(TurnContext ctx, String passageId) {
        return kit.passage(ctx, passageId).isPresent();
    }

    private boolean worked(TurnContext ctx, String passageId) {
        leadOn.worked(ctx, passageId);
        return true;
    }

    private boolean notWorked(TurnContext ctx, String passageId) {
        leadOn.notWorked(ctx, passageId);
        return true;
    }

    /** A topic shared by several passages: which one is meant? */
    private boolean topic(TurnContext ctx, String passageId) {
        List<String> passages = welcome.topicOf(ctx, passageId);
        if (passages.isEmpty()) {
            return false;
        }
        if (passages.size() == 1) {
            return answers.answer(ctx, passages.get(0), 1.0, null);
        }
        clarify.ask(ctx, passages, 1.0, null);
        return true;
    }
}
