package dk.unilogin.helper.bot.activity;

import java.util.Objects;

/**
 * A button offered with a reply. {@code title} is what the user reads; {@code value} comes
 * back as the incoming activity's value when pressed. Values are short ASCII (at most 64
 * bytes) so that every channel, Telegram's callback data included, can carry them.
 */
public record SuggestedAction(String title, String value) {
    public static final int MAX_VALUE_BYTES = 64;

    public SuggestedAction {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
        if (value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("action value over " + MAX_VALUE_BYTES + " bytes: " + value);
        }
    }
}
