package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The value a button sends back: a short ASCII command and its arguments, "cmd:arg:arg". Each
 * button names the passage (and step) it belongs to, so a button pressed on an old message
 * still means what it said.
 */
record ButtonValue(String command, List<String> args) {
    static final String ANSWER = "p";
    static final String WALK = "w";
    static final String STEP = "n";
    static final String CHOOSE = "c";
    static final String WORKED = "ok";
    static final String NOT_WORKED = "ko";
    static final String HELPFUL = "fy";
    static final String NOT_HELPFUL = "fn";
    static final String SCHOOL = "s";
    static final String TOPIC = "t";
    static final String HELP = "help";

    ButtonValue {
        args = List.copyOf(args);
    }

    static ButtonValue of(String command, Object... args) {
        return new ButtonValue(command, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    String encode() {
        return args.isEmpty() ? command : command + ":" + String.join(":", args);
    }

    /** A button, or empty if its value would not fit a channel's limit (a very long passage id). */
    Optional<SuggestedAction> button(String title) {
        String value = encode();
        boolean fits = value.getBytes(StandardCharsets.UTF_8).length <= SuggestedAction.MAX_VALUE_BYTES
                && StandardCharsets.US_ASCII.newEncoder().canEncode(value);
        return fits ? Optional.of(new SuggestedAction(title, value)) : Optional.empty();
    }

    static Optional<ButtonValue> parse(String value) {
        if (value == null || value.isBlank() || value.length() > SuggestedAction.MAX_VALUE_BYTES) {
            return Optional.empty();
        }
        String[] parts = value.trim().split(":", -1);
        return Optional.of(new ButtonValue(parts[0], List.of(parts).subList(1, parts.length)));
    }

    String arg(int i) {
        return i < args.size() ? args.get(i) : null;
    }

    int intArg(int i) {
        try {
            return Integer.parseInt(arg(i));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
