package dk.unilogin.helper.bot.privacy;

/** A text with personal data replaced, and whether anything was replaced. */
public record Redaction(String text, boolean removedSomething) {
}
