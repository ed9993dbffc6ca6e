package dk.unilogin.helper.bot.privacy;

import java.util.function.BiFunction;
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
        Steps steps = new Steps(TextNormalizer.normalize(text), scanner);
        steps.run((t, scan) -> CprNumbers.redact(t, MASK, scan));
        steps.run((t, scan) -> DisclosedPasswords.redact(t, MASK, scan));
        steps.run((t, scan) -> PasswordLikeTokens.redact(t, MASK, scan));
        steps.run((t, scan) -> PasswordContext.redact(t, MASK, scan, scanner));
        steps.run((t, scan) -> SecretLookingTokens.redact(t, MASK, scan));
        return steps.removed ? new Redaction(steps.text, true) : new Redaction(text, false);
    }

    /**
     * The redaction steps in order, each on the text the one before left; the prescan is done
     * again only after a step that removed something.
     */
    private static final class Steps {
        private final Function<String, Prescan> scanner;
        private String text;
        private Prescan scan;
        private boolean removed;

        Steps(String text, Function<String, Prescan> scanner) {
            this.scanner = scanner;
            this.text = text;
            this.scan = scanner.apply(text);
        }

        void run(BiFunction<String, Prescan, Redaction> step) {
            Redaction redaction = step.apply(text, scan);
            if (redaction.removedSomething()) {
                text = redaction.text();
                scan = scanner.apply(text);
                removed = true;
            }
        }
    }
}
