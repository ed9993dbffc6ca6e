package dk.unilogin.helper.bot.privacy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of what parents paste: CPR numbers in every separator and digit form, and
 * sentences that give away a password. The server's privacy tests use them too, through this
 * module's test jar.
 */
public final class PersonalDataArbitraries {
    /** Ways to write a dash: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en and em dash, minus, small and full-width. */
    static final List<String> DASHES = List.of("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63", "\uff0d");
    /** Ways to write a space: space, no-break, narrow no-break, figure, thin, ideographic, tab. */
    static final List<String> SPACES = List.of(" ", "\u00a0", "\u202f", "\u2007", "\u2009", "\u3000", "\t");
    /** Zero digits of scripts people's keyboards and phones produce: ASCII, full-width, Arabic-Indic, mathematical bold. */
    static final List<Integer> ZEROS = List.of((int) '0', 0xff10, 0x0660, 0x1d7ce);
    static final List<String> CPR_SENTENCES = List.of("%s", "min søns cpr er %s og han kan ikke logge ind", "CPR: %s",
            "hun har cpr-nummer %s, hvad gør jeg?", "his CPR number is %s", "cpr %s tak", "(%s)", "mit barn (%s) er låst ude");
    static final List<String> PASSWORD_SENTENCES = List.of(
            "jeg har prøvet med %s men det virker ikke", "min kode er %s", "adgangskoden er: %s", "the password is %s",
            "koden hedder %s", "I typed %s and it failed", "password %s virker ikke", "hun har tastet %s ind",
            "kodeordet %s virker ikke på aula", "vi har prøvet med \"%s\"", "my password is %s, why can't I log in?");
    static final List<String> PLAIN_WORD_SENTENCES = List.of(
            "adgangskoden til min søn, den er %s", "koden hedder %s", "vi bruger %s som kode", "min kode er %s",
            "hans adgangskode virker ikke, den er %s", "kodeordet er nu %s", "the password is %s");

    /** For texts that mix them: words the redaction's patterns are written around, in other cases and in letters that match them case-insensitively. */
    static final List<String> TRIGGERS = List.of("kode", "Koden", "KODEORD", "adgangskoden", "password", "PASS", "pw",
            "pin", "pinkode", "passwd", "pwd", "løsen", "LØSEN", "som", "as", "den", "det", "it", "ıt", "İT", "er",
            "is", "hedder", "var", "prøvet med", "PRØVEDE", "tried", "typed", "tastede", "indtastet", "skrev", "brugte",
            "used", "using", "cpr", "til", "for", "on", "ſom", "Kode", "kodeordet", "it's");
    static final List<String> WORDS = List.of("min", "søn", "har", "glemt", "unilogin", "aula", "hej", "virker", "ikke",
            "Office365", "iPhone15", "8.b", "mitid", "e-mail", "frustrerende", "solsikke", "hest", "kage", "[skjult]",
            "x@y.dk", "hest#kage");
    static final List<String> SEPARATORS = List.of(" ", " ", " ", "  ", ": ", "=", ", ", "\n", "\t", "\"", "'", "“",
            "”", "-", "\u00a0", ". ", "? ", "");

    private PersonalDataArbitraries() {
    }

    /** A CPR number with a real date, written in any of the ways above, digits mixed across scripts. */
    public static Arbitrary<String> cprNumbers() {
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 99))
                .as((d, m, y) -> String.format("%02d%02d%02d", d, m, y));
        Arbitrary<String> serial = Arbitraries.integers().between(0, 9999).map(n -> String.format("%04d", n));
        Arbitrary<String> dateSeparator = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of("."), Arbitraries.of("/"),
                Arbitraries.of(DASHES), Arbitraries.of(SPACES).filter(s -> !s.equals("\t")));
        Arbitrary<String> serialSeparator = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(DASHES),
                Arbitraries.of(SPACES).filter(s -> !s.equals("\t")), Arbitraries.of("/", ".", " - ", " \u2013 "));
        return Combinators.combine(date, dateSeparator, serial, serialSeparator, Arbitraries.integers().between(0, 3))
                .as((d, ds, s, ss, invisible) -> {
                    String written = d.substring(0, 2) + ds + d.substring(2, 4) + ds + d.substring(4, 6) + ss + s;
                    // sometimes an invisible zero-width space or soft hyphen between two digits
                    return invisible == 0 ? written.substring(0, 1) + "\u200b" + written.substring(1)
                            : invisible == 1 ? written.substring(0, 3) + "\u00ad" + written.substring(3) : written;
                })
                .flatMap(written -> Arbitraries.of(ZEROS).list().ofSize(written.length()).map(zeros -> inScripts(written, zeros)));
    }

    private static String inScripts(String ascii, List<Integer> zeros) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            out.appendCodePoint(c >= '0' && c <= '9' ? zeros.get(i) + (c - '0') : c);
        }
        return out.toString();
    }

    public static Arbitrary<String> cprSentences() {
        return Combinators.combine(Arbitraries.of(CPR_SENTENCES), cprNumbers()).as(String::formatted);
    }

    /** A made-up password: letters in any case, then digits, sometimes a symbol ("hunde123", "Kage7!"). */
    public static Arbitrary<String> madeUpPasswords() {
        Arbitrary<String> letters = Arbitraries.strings().withChars("abcdefghijklmnoprstuvyæøåABCDEHKLMPSTW").ofMinLength(2).ofMaxLength(9);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> symbol = Arbitraries.of("", "", "!", "#", "?", "*");
        return Combinators.combine(letters, digits, symbol).as((l, d, s) -> l + d + s)
                .filter(p -> p.codePointCount(0, p.length()) >= 4);
    }

    /**
     * A plain word chosen as a password ("solsikke"): letters only, five or more, and not
     * shaped like a Danish adjective or participle (those describe a password: "umulig", "låst").
     */
    public static Arbitrary<String> plainWordPasswords() {
        return Arbitraries.strings().withChars("abdfghkmnoprsuvyæøå").ofMinLength(5).ofMaxLength(10)
                .filter(w -> !w.matches(".*(?:ende|lig|ligt|lige|ig|igt|ige|isk|iske|et|ede)"));
    }

    public static Arbitrary<PasswordSentence> passwordSentences() {
        Arbitrary<PasswordSentence> madeUp = Combinators.combine(Arbitraries.of(PASSWORD_SENTENCES), madeUpPasswords())
                .as((t, p) -> new PasswordSentence(t.formatted(p), p));
        Arbitrary<PasswordSentence> plain = Combinators.combine(Arbitraries.of(PLAIN_WORD_SENTENCES), plainWordPasswords())
                .as((t, p) -> new PasswordSentence(t.formatted(p), p));
        return Arbitraries.oneOf(madeUp, plain);
    }

    /**
     * Texts mixing the words the redaction's patterns look for, ordinary words, passwords, CPR
     * numbers, digits and any characters, joined by spaces, colons, quotes and line breaks.
     */
    public static Arbitrary<String> mixedTexts() {
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(TRIGGERS)),
                Tuple.of(4, Arbitraries.of(WORDS)),
                Tuple.of(2, madeUpPasswords()),
                Tuple.of(2, plainWordPasswords()),
                Tuple.of(1, cprNumbers()),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4)));
        Arbitrary<String> piece = Combinators.combine(fragment, Arbitraries.of(SEPARATORS)).as(String::concat);
        return piece.list().ofMinSize(1).ofMaxSize(14).map(pieces -> String.join("", pieces));
    }

    public record PasswordSentence(String text, String password) {
    }
}
