package dk.unilogin.helper.bot.privacy;

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
        String normalized = TextNormalizer.normalize(text);
        Redaction cpr = CprNumbers.redact(normalized, MASK);
        Redaction password = DisclosedPasswords.redact(cpr.text(), MASK);
        Redaction bare = PasswordLikeTokens.redact(password.text(), MASK);
        Redaction context = PasswordContext.redact(bare.text(), MASK);
        Redaction pasted = SecretLookingTokens.redact(context.text(), MASK);
        boolean removed = cpr.removedSomething() || password.removedSomething() || bare.removedSomething()
                || context.removedSomething() || pasted.removedSomething();
        return removed ? new Redaction(pasted.text(), true) : new Redaction(text, false);
    }
}
