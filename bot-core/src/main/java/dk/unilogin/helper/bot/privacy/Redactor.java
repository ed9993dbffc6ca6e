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
        String normalized = TextNormalizer.normalize(text);
        Prescan scan = scanner.apply(normalized);
        Redaction cpr = CprNumbers.redact(normalized, MASK, scan);
        scan = cpr.removedSomething() ? scanner.apply(cpr.text()) : scan;
        Redaction password = DisclosedPasswords.redact(cpr.text(), MASK, scan);
        scan = password.removedSomething() ? scanner.apply(password.text()) : scan;
        Redaction bare = PasswordLikeTokens.redact(password.text(), MASK, scan);
        scan = bare.removedSomething() ? scanner.apply(bare.text()) : scan;
        Redaction context = PasswordContext.redact(bare.text(), MASK, scan, scanner);
        scan = context.removedSomething() ? scanner.apply(context.text()) : scan;
        Redaction pasted = SecretLookingTokens.redact(context.text(), MASK, scan);
        boolean removed = cpr.removedSomething() || password.removedSomething() || bare.removedSomething()
                || context.removedSomething() || pasted.removedSomething();
        return removed ? new Redaction(pasted.text(), true) : new Redaction(text, false);
    }
}
