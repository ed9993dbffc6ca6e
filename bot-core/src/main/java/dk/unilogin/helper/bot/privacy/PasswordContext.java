package dk.unilogin.helper.bot.privacy;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a password by what is said around it, with no "er"/"is"/":" right after a password
 * word: "jeg har prøvet med hunde123", "I typed Kage7", "adgangskoden … den er solsikke",
 * "solsikke som kode". Words in {@link OrdinaryWords} (describing words, everyday words, the
 * guide's names, class and product names) are never taken.
 */
final class PasswordContext {
    private static final String QUOTE = "[\"'“”‘’«»]?";
    /** "prøvet med X", "tastede X", "tried X": X is taken if it looks made up (letters and digits, a pin). */
    private static final Pattern TRIED = Pattern.compile("(?iu)\\b(?:prøv(?:et|ede|er)|forsøg(?:t|te|er)|tast(?:et|ede|er)"
            + "|indtast(?:et|ede|er)|skrev(?:et)?|skriver|brugt|brugte|tried|typed|entered|used|using)"
            + "(?:\\s+(?:med|ind|in|with))?\\s+" + QUOTE + "(\\S+)");
    /** "den er X", "den hedder X", "it is X", after a password was mentioned: X is taken unless ordinary. */
    private static final Pattern IT_IS = Pattern.compile("(?iu)\\b(den|det|it)(?:\\s+(?:er|var|hedder|is|was)|'s)"
            + "(?:\\s*:)?\\s+(?:nu\\s+|now\\s+|bare\\s+|just\\s+)?" + QUOTE + "(\\S+)");
    /** "X som kode", "X as my password": X is taken unless ordinary. */
    private static final Pattern AS_PASSWORD = Pattern.compile("(?iu)" + QUOTE + "([^\\s\"'“”‘’«»]+)" + QUOTE
            + "\\s+(som|as)\\s+(?:(?:min|mit|hans|hendes|deres|sin|sit|ny|nyt|nye|my|his|her|the|a|new)\\s+)*"
            + "(?:" + DisclosedPasswords.WORD + ")\\b");
    private static final Pattern PASSWORD_TALK = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:adgangs|pin|login|mitid-|unilogin-)?"
            + "(?:kode(?:n|r|rne|ord|ordet)?|password(?:et)?|pw|kodeord(?:et)?)(?![\\p{L}\\d])");
    /** What each pattern cannot match without (see {@link Prescan}). */
    private static final String[] TRIED_CORES = {"prøv", "forsøg", "tast", "skrev", "skriver", "brugt", "tried", "typed",
        "entered", "used", "using"};
    private static final String[] IT_IS_CORES = {"den", "det", "it"};
    private static final String[] PASSWORD_TALK_CORES = {"kode", "password", "pw"};
    private static final String[] AS_CORES = {"som", "as"};
    /**
     * What was typed ("hun har tastet PS1! ind", "I typed PS4", "prøvet med \"PS4\"") is text, not the
     * console a product name would be: after these verbs, or in quotes, only words and class names are ordinary.
     */
    private static final Pattern TYPED = Pattern.compile("(?iu)(?:tast|indtast|typed|entered)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("[\\p{Punct}“”‘’«»]+$");
    /** Danish adjective and participle endings: "frustrerende", "umulig", "mærkeligt" describe, they are no password. */
    private static final Pattern DESCRIBING_ENDING = Pattern.compile("(?iu).*(?:ende|lig|ligt|lige|ig|igt|ige|isk|iske|et|ede)");
    private static final int MIN_PLAIN_WORD = 4;

    private PasswordContext() {
    }

    static Redaction redact(String text, String replacement, Prescan scan, Function<String, Prescan> scanner) {
        Redaction tried = scan.mentions(TRIED_CORES)
                ? replace(TRIED, text, replacement, 1, (bare, m, t) -> madeUp(bare)) : new Redaction(text, false);
        scan = tried.removedSomething() ? scanner.apply(tried.text()) : scan;
        // "den er X" is taken only after a password was mentioned (PASSWORD_TALK)
        Redaction itIs = scan.mentions(PASSWORD_TALK_CORES) && scan.mentions(IT_IS_CORES)
                ? replace(IT_IS, tried.text(), replacement, 2,
                        (bare, m, t) -> passwordMentionedBefore(t, m.start()) && plausibleWord(bare, m.group(1)))
                : new Redaction(tried.text(), false);
        scan = itIs.removedSomething() ? scanner.apply(itIs.text()) : scan;
        Redaction as = scan.mentions(DisclosedPasswords.WORD_CORES) && scan.mentionsBetweenSpaces(AS_CORES)
                ? replace(AS_PASSWORD, itIs.text(), replacement, 1, (bare, m, t) -> plausibleWord(bare, m.group(2)))
                : new Redaction(itIs.text(), false);
        return new Redaction(as.text(), tried.removedSomething() || itIs.removedSomething() || as.removedSomething());
    }

    private interface Test {
        boolean secret(String bare, Matcher match, String text);
    }

    private static Redaction replace(Pattern pattern, String text, String replacement, int group, Test test) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            String token = m.group(group);
            String bare = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            boolean typed = pattern == TRIED && (TYPED.matcher(m.group()).lookingAt() || m.group().endsWith("\"" + token));
            boolean ordinary = typed ? OrdinaryWords.isWordOrClassName(bare) : OrdinaryWords.isOrdinary(bare);
            if (token.startsWith("[") || bare.isEmpty() || ordinary || !test.secret(bare, m, text)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            int start = m.start(group) - m.start();
            String whole = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(whole.substring(0, start) + replacement
                    + token.substring(bare.length()) + whole.substring(start + token.length())));
            found = true;
        }
        m.appendTail(out);
        return new Redaction(out.toString(), found);
    }

    private static boolean madeUp(String token) {
        return PasswordLikeTokens.looksSecret(token);
    }

    /**
     * After "den er" a made-up token always; a plain word of four letters or more only if it
     * does not read as a description. English "it is" takes only made-up tokens: "it is frustrating".
     */
    private static boolean plausibleWord(String token, String pronoun) {
        if (madeUp(token)) {
            return true;
        }
        boolean english = pronoun.equalsIgnoreCase("it") || pronoun.equalsIgnoreCase("as");

        boolean word = token.codePoints().allMatch(Character::isLetter);
        return word && !english && token.codePointCount(0, token.length()) >= MIN_PLAIN_WORD
                && !DESCRIBING_ENDING.matcher(token.toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean passwordMentionedBefore(String text, int end) {
        return PASSWORD_TALK.matcher(text).region(0, end).find();
    }
}
