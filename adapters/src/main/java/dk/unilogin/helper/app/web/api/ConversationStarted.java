package dk.unilogin.helper.app.web.api;

import java.util.List;

/**
 * A new conversation: its id, the bearer token for posting to it (given out only here) and
 * the bot's welcome.
 */
public record ConversationStarted(String conversationId, String token, List<ActivityView> activities) {
}
