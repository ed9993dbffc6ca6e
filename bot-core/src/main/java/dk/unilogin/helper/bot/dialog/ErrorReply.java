package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.state.ConversationState;
import java.time.Instant;

/** The apology sent when a turn fails inside the bot. */
public final class ErrorReply {
    private ErrorReply() {
    }

    public static TurnResult of(Activity incoming, ConversationState state, Instant now) {
        TurnContext ctx = new TurnContext(incoming, state, now);
        ctx.send(Texts.of(state.language()).error());
        ctx.trace(TurnOutcome.FALLBACK, null, 0);
        return new TurnResult(ctx.replies(), ctx.trace());
    }
}
