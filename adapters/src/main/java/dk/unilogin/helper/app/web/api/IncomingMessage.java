package dk.unilogin.helper.app.web.api;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.nio.charset.StandardCharsets;

/** Checks a posted activity and turns it into the bot's incoming message. */
final class IncomingMessage {

    private IncomingMessage() {
    }

    static Activity from(PostActivityRequest request, String channelId, String conversationId, String userId) {
        if (request == null || (request.text() == null) == (request.value() == null)) {
            throw ApiProblem.badRequest("text-or-value-required",
                    "Send exactly one of 'text' (what the user typed) or 'value' (a pressed button's value).");
        }
        if (request.value() != null) {
            String value = request.value();
            if (value.isBlank() || value.getBytes(StandardCharsets.UTF_8).length > SuggestedAction.MAX_VALUE_BYTES) {
                throw ApiProblem.badRequest("invalid-value",
                        "'value' must be a suggested action's value: 1 to " + SuggestedAction.MAX_VALUE_BYTES + " bytes.");
            }
            return Activity.userValue(channelId, conversationId, userId, value);
        }
        String text = request.text().strip();
        if (text.isEmpty()) {
            throw ApiProblem.badRequest("text-empty", "The message is empty.");
        }
        if (text.codePointCount(0, text.length()) > Activity.MAX_TEXT_CHARS) {
            throw ApiProblem.badRequest("text-too-long", "The message is longer than " + Activity.MAX_TEXT_CHARS
                    + " characters. Shorten it and send it again.");
        }
        return Activity.userMessage(channelId, conversationId, userId, text);
    }
}
