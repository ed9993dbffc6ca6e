package dk.unilogin.helper.bot.privacy;

import java.util.function.Function;

/** Removes CPR numbers and disclosed passwords from user text before anything else sees it. */
public final class Redactor {
    /** What stands where personal data was; a neutral word, so matching the rest is not disturbed. */
    public static final String MASK = "[skjult]";

    /**
     * Looks for personal data in the {@link TextNormalizer normalised} text, so that no
     * spelling of a digit, dash or space hides it. When something is removed the normalised,
     * redacted text is returned; otherwise the text exactly as written.
     */
    public Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text, false);
        }
        return redact(text, Prescan::of);
    }

    /**
     * The same with every pattern run whatever the text holds: what {@link Prescan} leaves out
     * must not change a thing (tests compare the two).
     */
    Redaction redactRunningEveryPattern(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text, false);
        }
        return redact(text, t -> Prescan.ANYTHING);
    }

    private Redaction redact(String text, Function<String, Prescan> scanner) {
        PrescannedText steps = new PrescannedText(TextNormalizer.normalize(text), scanner);
        steps.redact((t, scan) -> CprNumbers.redact(t, MASK, scan));
        steps.redact((t, scan) -> DisclosedPasswords.redact(t, MASK, scan));
        steps.redact((t, scan) -> PasswordLikeTokens.redact(t, MASK, scan));
        steps.redact((t, scan) -> PasswordContext.redact(t, MASK, scan, scanner));
        steps.redact((t, scan) -> SecretLookingTokens.redact(t, MASK, scan));
        return steps.changed() ? new Redaction(steps.text(), true) : new Redaction(text, false);
    }
}
