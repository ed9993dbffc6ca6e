package dk.unilogin.helper.bot.activity;

/** Kinds of activity, as in Bot Framework: a message, a channel event, a typing signal. */
public enum ActivityType {
    MESSAGE,
    EVENT,
    TYPING
}
