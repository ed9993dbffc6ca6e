package dk.unilogin.helper.bot.activity;

import java.util.Objects;

/** Who sent an activity: a channel-specific id and an optional display name. */
public record ChannelAccount(String id, String name, Role role) {
    public enum Role { USER, BOT }

    public static final ChannelAccount BOT = new ChannelAccount("unilogin-hjaelperen", "Unilogin-hjælperen", Role.BOT);

    public ChannelAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public static ChannelAccount user(String id) {
        return new ChannelAccount(id, null, Role.USER);
    }
}
