package dk.unilogin.helper.bot.reading;

import dk.unilogin.helper.knowledge.TextFold;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message of only a thumbs up or down: yes or no where the bot waits for one (a walk's
 * step, "Hjalp det?"). These are characters and skin-tone ranges rather than phrases, so
 * they stay here, beside the reader that uses them.
 */
final class EmojiReplies {
    private static final Pattern YES = Pattern.compile("[\\s\\x{1F44D}\\x{1F44C}\\x{2705}\\x{2714}\\x{1F64F}"
            + "\\x{1F600}-\\x{1F60A}\\x{1F642}\\x{1F3FB}-\\x{1F3FF}\\x{FE0F}\\x{200D}]+");
    private static final Pattern NO = Pattern.compile("[\\s\\x{1F44E}\\x{274C}\\x{2716}\\x{1F61E}\\x{1F622}"
            + "\\x{1F62D}\\x{1F620}\\x{1F621}\\x{1F641}\\x{2639}\\x{1F3FB}-\\x{1F3FF}\\x{FE0F}\\x{200D}]+");

    private EmojiReplies() {
    }

    /** True for 👍 👌 ✅ 🙏 🙂, false for 👎 ❌ 😢 😭 🙁; empty for anything else. */
    static Optional<Boolean> meaning(String text) {
        if (text == null || text.isBlank() || !TextFold.words(text).isEmpty()) {
            return Optional.empty();
        }
        if (YES.matcher(text).matches()) {
            return Optional.of(true);
        }
        if (NO.matcher(text).matches()) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
