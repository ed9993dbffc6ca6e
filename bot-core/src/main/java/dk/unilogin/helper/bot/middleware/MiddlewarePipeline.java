package dk.unilogin.helper.bot.middleware;

import dk.unilogin.helper.bot.Bot;
import dk.unilogin.helper.bot.TurnContext;
import java.util.List;

/** Runs middleware in order, then the bot. */
public final class MiddlewarePipeline {
    private final List<Middleware> middleware;

    public MiddlewarePipeline(List<Middleware> middleware) {
        this.middleware = List.copyOf(middleware);
    }

    public void run(TurnContext context, Bot bot) {
        step(0, context, bot);
    }

    private void step(int index, TurnContext context, Bot bot) {
        if (index == middleware.size()) {
            bot.onTurn(context);
            return;
        }
        middleware.get(index).onTurn(context, () -> step(index + 1, context, bot));
    }
}
