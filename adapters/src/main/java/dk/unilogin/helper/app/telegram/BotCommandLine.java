package dk.unilogin.helper.app.telegram;

import java.util.Locale;

/**
 * A message that starts with a slash command: "/start demo-skole", "/ny@UniloginBot".
 *
 * @param name     the command without slash or bot name, lower case
 * @param botName  the "@bot" part, without "@", or null
 * @param argument what follows the command, stripped; empty when nothing
 */
record BotCommandLine(String name, String botName, String argument) {

    /** Parses a message's text; null when it is not a command. */
    static BotCommandLine parse(String text) {
        if (text == null || !text.startsWith("/") || text.length() < 2) {
            return null;
        }
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String token = text.substring(1, end);
        String botName = null;
        int at = token.indexOf('@');
        if (at >= 0) {
            botName = token.substring(at + 1);
            token = token.substring(0, at);
        }
        if (token.isEmpty()) {
            return null;
        }
        return new BotCommandLine(token.toLowerCase(Locale.ROOT), botName, text.substring(end).strip());
    }
}
