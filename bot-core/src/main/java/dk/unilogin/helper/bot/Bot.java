package dk.unilogin.helper.bot;

/** The conversation logic behind the middleware: handles one turn, Bot Framework style. */
@FunctionalInterface
public interface Bot {
    void onTurn(TurnContext context);
}
