package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import java.util.Optional;

/**
 * Typed ways to move around the conversation: "start forfra" starts over like the restart
 * button, and "tilbage" outside a step-by-step walk returns to the answer shown before.
 */
final class NavigationDialog {
    private final DialogKit kit;
    private final AnswerDialog answers;
    private final WelcomeDialog welcome;

    NavigationDialog(DialogKit kit, AnswerDialog answers, WelcomeDialog welcome) {
        this.kit = kit;
        this.answers = answers;
        this.welcome = welcome;
    }

    void restart(TurnContext ctx) {
        ctx.state(ctx.state().restarted());
        welcome.welcome(ctx);
    }

    /** Back to the answer before the last one, or says there is none. A walk handles its own "tilbage". */
    void back(TurnContext ctx) {
        Optional<String> earlier = ctx.state().earlierPassageId();
        if (earlier.isPresent() && kit.passage(ctx, earlier.get()).isPresent()) {
            ctx.state(ctx.state().backToEarlier());
            DialogKit.await(ctx, new PendingPrompt.Nothing());
            answers.answer(ctx, earlier.get(), 1.0, null);
            return;
        }
        ctx.send(kit.texts(ctx).nothingToGoBackTo(), welcome.topicButtons(ctx));
        DialogKit.await(ctx, new PendingPrompt.Nothing());
        ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
    }
}
