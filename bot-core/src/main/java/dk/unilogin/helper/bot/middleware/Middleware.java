package dk.unilogin.helper.bot.middleware;

import dk.unilogin.helper.bot.TurnContext;

/** A step around every turn; it ends the chain by not calling {@code next}. */
@FunctionalInterface
public interface Middleware {
    void onTurn(TurnContext context, Runnable next);
}
