package dk.unilogin.helper.app.web.conversation;

/** The channel id under which web chat activities reach the bot. */
public final class WebChannel {
    public static final String ID = "webchat";

    private WebChannel() {
    }
}
