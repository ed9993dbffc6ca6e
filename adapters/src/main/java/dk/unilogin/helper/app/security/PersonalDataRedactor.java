package dk.unilogin.helper.app.security;

import dk.unilogin.helper.bot.privacy.Prescan;
import dk.unilogin.helper.bot.privacy.PrescannedText;
import dk.unilogin.helper.bot.privacy.Redactor;
import dk.unilogin.helper.bot.privacy.TextNormalizer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second redaction pass for anything that is stored or logged by the application (the
 * bot redacts first). It runs the bot's redaction again, then, on Unicode-normalised text,
 * errs on the side of removing too much: any CPR-shaped number whatever its date, long
 * digit runs and phone numbers, e-mail addresses, Unilogin-style user names (four letters
 * and four digits) and whatever follows "kode/password … er/is/:".
 */
public final class PersonalDataRedactor {

    public static final String CPR = "[cpr]";
    public static final String NUMBER = "[nummer]";
    public static final String EMAIL = "[e-mail]";
    public static final String SECRET = "[kode]";
    public static final String USER_NAME = "[brugernavn]";

    private static final Pattern SECRET_DISCLOSURE = Pattern.compile(
            "(?iu)\\b((?:adgangs|login|pin|unilogin|mitid|nemid)?-?(?:kode(?:n|r|rne|ord|ordet)?)|pass(?:word|ordet)?"
                    + "|passwd|pwd|løsen(?:et)?)\\b"
                    + "(\\s*(?:(?:er|var|is|was)\\s*[:=]?|:=|[:=])\\s*(?:nu\\s+|now\\s+)?[\"'«»“”]?)(\\S+)");
    /** A secret named without "er/is/:" ("kodeordet Rosenkål88"): the next word, if it is not a plain word. */
    private static final Pattern SECRET_AFTER_KEYWORD = Pattern.compile(
            "(?iu)\\b((?:adgangs|login|pin|unilogin|mitid|nemid)?-?(?:kode(?:n|r|rne|ord|ordet)?)|pass(?:word|ordet)?"
                    + "|passwd|pwd|løsen(?:et)?)(\\s+[\"'«»“”]?)(\\S*[\\d\\p{Punct}&&[^.,!?]]\\S*)");
    /** Password-like words anywhere: letters and at least two digits, eight or more long, with a capital. */
    private static final Pattern PASSWORD_LIKE = Pattern.compile(
            "(?u)(?<!\\S)(?=\\S*\\p{Lu})(?=\\S*\\d\\S*\\d)(?=\\S*\\p{L})\\S{8,}(?!\\S)");
    private static final java.util.Set<String> PRODUCT_NAMES = java.util.Set.of("office365", "microsoft365",
            "windows10", "windows11");
    private static final Pattern CPR_SHAPED = Pattern.compile(
            "(?<!\\d)\\d{2}([ .\\-/]?)\\d{2}\\1\\d{2}\\s?[-/.]?\\s?\\d{4}(?!\\d)");
    private static final Pattern PHONE_OR_LONG_NUMBER = Pattern.compile(
            "(?<![\\w])(?:\\+?\\d{2}[\\s.-]?)?(?:\\d{2}[\\s.-]?){3}\\d{2}(?![\\d])|\\d{7,}");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.\\p{L}{2,}");
    private static final Pattern UNILOGIN_USER_NAME = Pattern.compile("(?iu)(?<![\\p{L}\\d])\\p{L}{4}\\d{4}(?![\\p{L}\\d])");

    /** Every spelling the two secret patterns look for holds one of these. */
    private static final String[] SECRET_WORD_CORES = {"kode", "pass", "pwd", "løsen"};

    private static final Redactor BOT_REDACTION = new Redactor();

    private PersonalDataRedactor() {
    }

    public static String redact(String text) {
        return redact(text, Prescan::of);
    }

    /**
     * The same with every pattern run whatever the text holds: what {@link Prescan} leaves out
     * must not change a thing (tests compare the two).
     */
    static String redactRunningEveryPattern(String text) {
        return redact(text, t -> Prescan.ANYTHING);
    }

    private static String redact(String text, Function<String, Prescan> scanner) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // On Unicode-normalised text (full-width digits, no-break spaces and hyphens read as plain ones): this
        // pass's broad patterns, then the bot's own redaction again for passwords named by their context.
        // A pattern runs only when the text holds what it cannot match without (Prescan).
        PrescannedText out = new PrescannedText(TextNormalizer.normalize(text), scanner);
        out.replace(scan -> scan.mentions(SECRET_WORD_CORES), PersonalDataRedactor::replaceSecrets);
        out.replace(scan -> scan.mentions(SECRET_WORD_CORES), t -> SECRET_AFTER_KEYWORD.matcher(t).replaceAll(m ->
                Matcher.quoteReplacement(m.group(3).startsWith("[") ? m.group() : m.group(1) + m.group(2) + SECRET)));
        out.replace(scan -> scan.asciiDigits() >= 2, t -> PASSWORD_LIKE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                PRODUCT_NAMES.contains(m.group().toLowerCase(java.util.Locale.ROOT)) ? m.group() : SECRET)));
        out.replace(scan -> scan.asciiDigits() >= 10, t -> CPR_SHAPED.matcher(t).replaceAll(CPR));
        out.replace(scan -> scan.has('@'), t -> EMAIL_ADDRESS.matcher(t).replaceAll(EMAIL));
        out.replace(scan -> scan.asciiDigits() >= 7, t -> PHONE_OR_LONG_NUMBER.matcher(t).replaceAll(NUMBER));
        out.replace(scan -> scan.asciiDigits() >= 4, t -> UNILOGIN_USER_NAME.matcher(t).replaceAll(USER_NAME));
        return BOT_REDACTION.redact(out.text()).text();
    }

    private static String replaceSecrets(String text) {
        Matcher m = SECRET_DISCLOSURE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String secret = m.group(3);
            // The bot's own placeholder ("[fjernet]") is not a secret; keep it readable.
            String replacement = secret.startsWith("[") ? m.group() : m.group(1) + m.group(2) + SECRET;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
