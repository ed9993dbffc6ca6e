package dk.unilogin.helper.bot.privacy;

/** Removes CPR numbers and disclosed passwords from user text before anything else sees it. */
public final class Redactor {
    /** What stands where personal data was; a neutral word, so matching the rest is not disturbed. */
    public static final String MASK = "[skjult]";

    public Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text, false);
        }
        Redaction cpr = CprNumbers.redact(text, MASK);
        Redaction password = DisclosedPasswords.redact(cpr.text(), MASK);
        Redaction bare = PasswordLikeTokens.redact(password.text(), MASK);
        Redaction pasted = SecretLookingTokens.redact(bare.text(), MASK);
        return new Redaction(pasted.text(), cpr.removedSomething() || password.removedSomething()
                || bare.removedSomething() || pasted.removedSomething());
    }
}
