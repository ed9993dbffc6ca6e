package dk.unilogin.helper.app.directline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A Bot Framework activity as Direct Line carries it, in both directions: the bot's replies
 * and the echo of what the user posted. Only the fields Web Chat reads are present; absent
 * ones are left out of the JSON rather than sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectLineActivity(
        String type,
        String id,
        String timestamp,
        String channelId,
        ConversationRef conversation,
        Account from,
        Account recipient,
        String replyToId,
        String locale,
        String textFormat,
        String text,
        String name,
        Object value,
        SuggestedActions suggestedActions,
        Map<String, Object> channelData) {

    /** The channel id of this endpoint: what the insights and metrics count Direct Line turns under. */
    public static final String CHANNEL_ID = "directline";

    /** The same activity with the id and time the conversation's log gave it. */
    public DirectLineActivity stamped(String newId, String newTimestamp) {
        return new DirectLineActivity(type, newId, newTimestamp, channelId, conversation, from, recipient, replyToId,
                locale, textFormat, text, name, value, suggestedActions, channelData);
    }

    public record ConversationRef(String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Account(String id, String name, String role) {
    }

    public record SuggestedActions(List<CardAction> actions) {
    }

    /** A button; {@code imBack} posts {@code value} as the user's own message. */
    public record CardAction(String type, String title, String value) {
    }
}
