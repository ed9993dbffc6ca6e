package dk.unilogin.helper.bot.activity;

/** Names of the channel events the bot understands. */
public final class Events {
    /** A conversation opens (widget opened, Telegram /start). Value: optional school id. */
    public static final String CONVERSATION_START = "conversation.start";
    /** The user asks to start over (Telegram /ny): state is cleared, the welcome is sent. */
    public static final String CONVERSATION_RESTART = "conversation.restart";
    /** The user asks what the bot can do (Telegram /hjaelp, /help). */
    public static final String HELP = "help";
    /** The channel can no longer reach the user (Telegram: the bot was blocked). No reply. */
    public static final String CONVERSATION_END = "conversation.end";

    private Events() {
    }
}
