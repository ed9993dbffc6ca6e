package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.web.api.ApiProblem;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.privacy.Redactor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads an activity a Direct Line client posted: checks it, builds the echo that goes back
 * into the conversation (so Web Chat marks the message sent) and the message the bot gets.
 * The echo keeps only what the client needs to recognise its message, and its text is
 * redacted first, because the conversation's log is stored.
 */
final class IncomingActivityReader {
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:|-]{1,100}");
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._:|@-]{1,100}");
    private static final Set<String> TEXT_FORMATS = Set.of("plain", "markdown");
    private static final int MAX_NAME_LENGTH = 100;

    /** What was posted: the echo to append, and the bot's input (null when the bot has nothing to answer). */
    record Incoming(DirectLineActivity echo, Activity forBot) {
    }

    private final Redactor redactor;

    IncomingActivityReader(Redactor redactor) {
        this.redactor = redactor;
    }

    Incoming read(JsonNode body, DirectLineConversation conversation) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.badRequest("activity-required", "The body must be one activity (a JSON object).");
        }
        String type = optionalString(body, "type", 32);
        type = type == null ? "message" : type;
        JsonNode attachments = body.path("attachments");
        if (attachments.isArray() && !attachments.isEmpty()) {
            throw ApiProblem.badRequest("attachments-not-supported", "This bot reads text only, not attachments.");
        }
        JsonNode channelData = body.path("channelData");
        boolean postBack = channelData.path("postBack").asBoolean(false);
        JsonNode messageBack = channelData.path("messageBack");
        String text = optionalString(body, "text", Integer.MAX_VALUE);
        String value = body.path("value").isString() ? body.path("value").stringValue() : null;
        DirectLineActivity.Account from = from(body.path("from"), conversation);

        Activity forBot = switch (type) {
            case "message" -> forBot(conversation, text, value, postBack, messageBack.isObject());
            case "event", "typing" -> null;
            default -> throw ApiProblem.badRequest("unknown-activity-type",
                    "'type' must be \"message\" (or \"event\" / \"typing\", which get no answer).");
        };
        if ("typing".equals(type)) {
            return new Incoming(null, null);
        }
        DirectLineActivity echo = new DirectLineActivity(type, null, null, DirectLineActivity.CHANNEL_ID,
                new DirectLineActivity.ConversationRef(conversation.id()), from, null, null,
                optionalString(body, "locale", 20),
                textFormat(optionalString(body, "textFormat", 20)),
                text == null ? null : redactor.redact(text).text(),
                "event".equals(type) ? optionalString(body, "name", MAX_NAME_LENGTH) : null,
                value == null ? null : redactor.redact(value).text(),
                null, echoedChannelData(channelData, postBack, messageBack));
        return new Incoming(echo, forBot);
    }

    private Activity forBot(DirectLineConversation conversation, String text, String value, boolean postBack,
                            boolean messageBack) {
        String channel = DirectLineActivity.CHANNEL_ID;
        // postBack carries a button's value as text (or value); messageBack as value.
        String buttonValue = postBack ? (value != null ? value : text) : messageBack ? value : null;
        if (buttonValue != null && !buttonValue.isBlank()) {
            return Activity.userValue(channel, conversation.id(), conversation.userId(), bounded(buttonValue));
        }
        if (text == null || text.isBlank()) {
            throw ApiProblem.badRequest("text-empty", "The message is empty.");
        }
        String typed = text.strip();
        if (typed.codePointCount(0, typed.length()) > Activity.MAX_TEXT_CHARS) {
            throw ApiProblem.badRequest("text-too-long",
                    "The message is longer than " + Activity.MAX_TEXT_CHARS + " characters. Shorten it and send it again.");
        }
        // A pressed button posts its title as the user's words (imBack); the bot acts on its value.
        return conversation.valueOfTitle(typed)
                .map(pressed -> Activity.userValue(channel, conversation.id(), conversation.userId(), pressed))
                .orElseGet(() -> Activity.userMessage(channel, conversation.id(), conversation.userId(), typed));
    }

    private String bounded(String value) {
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > Activity.MAX_TEXT_CHARS) {
            throw ApiProblem.badRequest("value-too-long", "The value is longer than " + Activity.MAX_TEXT_CHARS + " characters.");
        }
        return stripped;
    }

    /**
     * The user id the client chose when starting ({@code {"user":{"id":…}}}, Web Chat's random
     * {@code r_…}); null when absent, malformed, or holding what looks like personal data (it is stored).
     */
    String chosenUserId(JsonNode startBody) {
        if (startBody == null || !startBody.path("user").path("id").isString()) {
            return null;
        }
        String id = startBody.path("user").path("id").stringValue().strip();
        return USER_ID.matcher(id).matches() && !redactor.redact(id).removedSomething() ? id : null;
    }

    /**
     * The sender's id as posted (Web Chat tells its own messages by it), marked as the user.
     * A display name is not kept: Web Chat does not need it and it may be a person's name; nor is
     * an id that looks like personal data.
     */
    private DirectLineActivity.Account from(JsonNode from, DirectLineConversation conversation) {
        String id = from.path("id").isString() ? from.path("id").stringValue().strip() : "";
        if (id.isEmpty() || id.length() > MAX_NAME_LENGTH || redactor.redact(id).removedSomething()) {
            id = conversation.userId();
        }
        return new DirectLineActivity.Account(id, null, "user");
    }

    /** Only what lets Web Chat recognise and show its message: never anything else the client sent. */
    private Map<String, Object> echoedChannelData(JsonNode channelData, boolean postBack, JsonNode messageBack) {
        Map<String, Object> echoed = new LinkedHashMap<>();
        JsonNode clientId = channelData.path("clientActivityID");
        if (clientId.isString()) {
            if (!CLIENT_ID.matcher(clientId.stringValue()).matches()) {
                throw ApiProblem.badRequest("invalid-client-activity-id",
                        "'channelData.clientActivityID' must be 1 to 100 letters, digits or ._:|-");
            }
            echoed.put("clientActivityID", clientId.stringValue());
        }
        if (postBack) {
            echoed.put("postBack", true);
        }
        if (messageBack.isObject()) {
            JsonNode displayText = messageBack.path("displayText");
            echoed.put("messageBack", displayText.isString()
                    ? Map.of("displayText", redactor.redact(displayText.stringValue()).text()) : Map.of());
        }
        return echoed.isEmpty() ? null : echoed;
    }

    private static String textFormat(String format) {
        return format != null && TEXT_FORMATS.contains(format.toLowerCase(Locale.ROOT))
                ? format.toLowerCase(Locale.ROOT) : null;
    }

    private static String optionalString(JsonNode body, String field, int maxLength) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.stringValue().length() > maxLength) {
            throw ApiProblem.badRequest("invalid-" + field.toLowerCase(Locale.ROOT),
                    "'" + field + "' must be a string" + (maxLength < Integer.MAX_VALUE ? " of at most "
                            + maxLength + " characters." : "."));
        }
        return node.stringValue();
    }
}
