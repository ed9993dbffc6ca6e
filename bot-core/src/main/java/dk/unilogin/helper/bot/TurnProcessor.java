package dk.unilogin.helper.bot;

import dk.unilogin.helper.bot.activity.Activity;

/**
 * The one entry point channel adapters call: one incoming activity in, the replies out.
 * Loads and saves the conversation's state, runs the middleware (privacy redaction first),
 * serializes turns of the same conversation and may run turns of different conversations
 * concurrently. Never throws for user input; an unknown conversation simply starts one.
 */
public interface TurnProcessor {
    TurnResult process(Activity incoming);
}
