package dk.unilogin.helper.app.telegram;

/**
 * Who the bot is on Telegram: its user id (from the token) and its @username (configured or
 * asked with getMe at start-up), needed to tell whether a group message is addressed to it.
 */
final class BotIdentity {

    private final long userId;
    private volatile String username;

    BotIdentity(long userId, String username) {
        this.userId = userId;
        this.username = username == null || username.isBlank() ? null : stripAt(username);
    }

    long userId() {
        return userId;
    }

    /** The username without "@", or null while not yet known. */
    String username() {
        return username;
    }

    void learnUsername(String name) {
        if (name != null && !name.isBlank()) {
            this.username = stripAt(name);
        }
    }

    boolean isNamed(String name) {
        String own = username;
        return own != null && own.equalsIgnoreCase(stripAt(name));
    }

    private static String stripAt(String name) {
        return name.startsWith("@") ? name.substring(1) : name;
    }
}
