package dk.unilogin.helper.bot.activity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing said or done in a conversation, in either direction; channel-neutral.
 *
 * <p>Incoming: a message has {@code text} or, for a pressed button, {@code value}; an event
 * has a {@code name} (see {@link Events}) and may carry a {@code value}. Outgoing: a message
 * has {@code text} in light Markdown ({@code **bold**}, numbered lists, {@code [text](url)}),
 * optional {@code suggestedActions} and, when it answers from the guide, its {@code source}.
 *
 * @param locale BCP 47 tag ("da", "en"); null on input means "not known"
 */
public record Activity(
        ActivityType type,
        String id,
        Instant timestamp,
        String channelId,
        String conversationId,
        ChannelAccount from,
        String locale,
        String text,
        String value,
        String name,
        List<SuggestedAction> suggestedActions,
        PassageRef source) {

    public static final String TEXT_FORMAT = "markdown";

    /**
     * The longest message the bot reads, in characters (code points): the one limit of every
     * channel. Channels that can refuse a request refuse longer text with a clear error; on the
     * others the bot reads this much and says that it read no further.
     */
    public static final int MAX_TEXT_CHARS = 1000;

    public Activity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(from, "from");
        suggestedActions = suggestedActions == null ? List.of() : List.copyOf(suggestedActions);
    }

    public boolean isMessage() {
        return type == ActivityType.MESSAGE;
    }

    public boolean isEvent(String eventName) {
        return type == ActivityType.EVENT && eventName.equals(name);
    }

    public Activity withText(String newText) {
        return new Activity(type, id, timestamp, channelId, conversationId, from, locale, newText, value, name,
                suggestedActions, source);
    }

    public Activity withLocale(String newLocale) {
        return new Activity(type, id, timestamp, channelId, conversationId, from, newLocale, text, value, name,
                suggestedActions, source);
    }

    public static Builder builder(ActivityType type) {
        return new Builder(type);
    }

    /** Convenience for adapters: a user's text message. */
    public static Activity userMessage(String channelId, String conversationId, String userId, String text) {
        return builder(ActivityType.MESSAGE).channelId(channelId).conversationId(conversationId)
                .from(ChannelAccount.user(userId)).text(text).build();
    }

    /** Convenience for adapters: a user pressed a suggested action. */
    public static Activity userValue(String channelId, String conversationId, String userId, String value) {
        return builder(ActivityType.MESSAGE).channelId(channelId).conversationId(conversationId)
                .from(ChannelAccount.user(userId)).value(value).build();
    }

    /** Convenience for adapters: a channel event such as {@link Events#CONVERSATION_START}. */
    public static Activity event(String channelId, String conversationId, String userId, String name, String value) {
        return builder(ActivityType.EVENT).channelId(channelId).conversationId(conversationId)
                .from(ChannelAccount.user(userId)).name(name).value(value).build();
    }

    /** Builds activities; id and timestamp default to a random id and now. */
    public static final class Builder {
        private final ActivityType type;
        private String id;
        private Instant timestamp = Instant.now();
        private String channelId;
        private String conversationId;
        private ChannelAccount from;
        private String locale;
        private String text;
        private String value;
        private String name;
        private List<SuggestedAction> suggestedActions = List.of();
        private PassageRef source;

        private Builder(ActivityType type) {
            this.type = type;
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder timestamp(Instant v) { this.timestamp = v; return this; }
        public Builder channelId(String v) { this.channelId = v; return this; }
        public Builder conversationId(String v) { this.conversationId = v; return this; }
        public Builder from(ChannelAccount v) { this.from = v; return this; }
        public Builder locale(String v) { this.locale = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder value(String v) { this.value = v; return this; }
        public Builder name(String v) { this.name = v; return this; }
        public Builder suggestedActions(List<SuggestedAction> v) { this.suggestedActions = v; return this; }
        public Builder source(PassageRef v) { this.source = v; return this; }

        public Activity build() {
            return new Activity(type, id != null ? id : ActivityIds.next(), timestamp, channelId, conversationId, from, locale, text, value, name,
                    suggestedActions, source);
        }
    }
}
