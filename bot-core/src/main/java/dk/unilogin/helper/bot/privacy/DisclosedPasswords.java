package dk.unilogin.helper.bot.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds passwords a user discloses: "min kode er hest123", "password: x", "adgangskoden er …",
 * "my password is …". After "er"/"is" a plain word that describes the password ("forkert",
 * "glemt", "wrong", listed in {@link OrdinaryWords}) is kept, so the question still reads; after a colon or "=" the next token
 * is a password unless it starts a sentence of its own ("kodeord: hvordan lærer jeg …").
 */
final class DisclosedPasswords {
    static final String WORD = "(?:adgangs)?kode(?:n|ord|ordet)?|pass(?:word|wordet|ordet)?|pw|pin(?:koden|kode)?";
    /** Every spelling of {@link #WORD} holds one of these: without them no pattern built on it can match. */
    static final String[] WORD_CORES = {"kode", "pass", "pw", "pin"};
    private static final Pattern AFTER_COLON = Pattern.compile(
            "(?iu)\\b(" + WORD + ")\\s*[:=]\\s*(\\S+)");
    private static final Pattern AFTER_VERB = Pattern.compile(
            "(?iu)\\b(" + WORD + ")(?:\\s+(?:til|for|to|on)\\s+\\S+)?\\s+(?:er|var|is|was|hedder|bliver|blev|lyder på)(?:\\s*:)?\\s+(?:nu\\s+|now\\s+)?(\\S+)");

    private DisclosedPasswords() {
    }

    static Redaction redact(String text, String replacement, Prescan scan) {
        if (!scan.mentions(WORD_CORES)) {
            return new Redaction(text, false);
        }
        Redaction afterColon = scan.has(':') || scan.has('=') ? replace(AFTER_COLON, text, replacement, false)
                : new Redaction(text, false);
        Redaction afterVerb = replace(AFTER_VERB, afterColon.text(), replacement, true);
        return new Redaction(afterVerb.text(), afterColon.removedSomething() || afterVerb.removedSomething());
    }

    private static Redaction replace(Pattern pattern, String text, String replacement, boolean keepDescriptive) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            String secret = m.group(2);
            String bare = secret.replaceAll("[\\p{Punct}&&[^\\[]]+$", "");
            boolean alreadyRedacted = secret.startsWith("[");
            boolean descriptive = OrdinaryWords.isListed(bare);
            if (alreadyRedacted || bare.isEmpty() || (keepDescriptive && descriptive) || OrdinaryWords.startsASentence(bare)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String trailing = secret.substring(bare.length());
            String kept = m.group().substring(0, m.start(2) - m.start());
            m.appendReplacement(out, Matcher.quoteReplacement(kept + replacement + trailing));
            found = true;
        }
        m.appendTail(out);
        return new Redaction(out.toString(), found);
    }
}
