package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.state.DialogState;
import java.util.Optional;

/**
 * Typed ways to move around the conversation: "start forfra" starts over like the restart
 * button, and "tilbage" outside a step-by-step walk returns to the answer shown before.
 */
final class NavigationDialog {
    private static final String[] RESTART = {"start forfra", "forfra", "begynd forfra", "start helt forfra",
            "helt forfra", "fra start", "fra begyndelsen", "ny samtale", "nulstil", "ny", "start over",
            "start again", "restart", "begin again", "new conversation", "reset", "from the start"};
    private static final String[] BACK = {"tilbage", "gaa tilbage", "forrige", "forrige trin", "forrige svar",
            "et trin tilbage", "tilbage igen", "back", "go back", "previous", "previous step", "previous answer",
            "one step back"};
    private static final String[] FILLER = {"kan vi", "kan jeg", "vil", "gerne", "jeg", "please", "can we", "lets",
            "let us", "vi", "bare", "igen", "tak", "venligst"};

    private final DialogKit kit;
    private final AnswerDialog answers;
    private final WelcomeDialog welcome;

    NavigationDialog(DialogKit kit, AnswerDialog answers, WelcomeDialog welcome) {
        this.kit = kit;
        this.answers = answers;
        this.welcome = welcome;
    }

    /** True if the message asked to start over (handled); any text otherwise is left alone. */
    boolean onRestart(TurnContext ctx, String text) {
        if (!Words.matchesAny(core(text), RESTART)) {
            return false;
        }
        ctx.state(ctx.state().restarted());
        welcome.welcome(ctx);
        return true;
    }

    /** True if the message asked to go back (handled). A walk handles its own "tilbage" first. */
    boolean onBack(TurnContext ctx, String text) {
        if (!isBack(text)) {
            return false;
        }
        Optional<String> earlier = ctx.state().earlierPassageId();
        if (earlier.isPresent() && kit.passage(ctx, earlier.get()).isPresent()) {
            ctx.state(ctx.state().backToEarlier().withDialog(DialogState.IDLE));
            return answers.answer(ctx, earlier.get(), 1.0, null);
        }
        ctx.send(kit.texts(ctx).nothingToGoBackTo(), welcome.topicButtons(ctx));
        ctx.state(ctx.state().withDialog(DialogState.IDLE));
        ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
        return true;
    }

    /** "tilbage", "forrige trin", "kan vi gå tilbage?", "go back". */
    static boolean isBack(String text) {
        return Words.matchesAny(core(text), BACK);
    }

    /** The message without polite filler around the command: "kan vi starte forfra?" reads "start forfra". */
    private static String core(String text) {
        String w = " " + Words.normalize(text) + " ";
        w = w.replace(" starte ", " start ");
        for (String f : FILLER) {
            w = w.replace(" " + f + " ", " ");
        }
        return w.strip();
    }
}
