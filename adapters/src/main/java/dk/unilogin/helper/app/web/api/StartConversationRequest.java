package dk.unilogin.helper.app.web.api;

/**
 * Opens a conversation.
 *
 * @param school the school whose site embeds the widget (its id), or null
 * @param locale "da" or "en"; null means Danish
 */
public record StartConversationRequest(String school, String locale) {
}
