package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.TextFold;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An expression of the phrase joins or the login targets is skipped when the text lacks its
 * leading words: that must change no join and no login target, for any text.
 */
class LeadingWordsTest {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final GuideAnalyzer ANALYZER = new GuideAnalyzer(TermMappings.bundled());
    private static final UnknownWords WORDS = UnknownWords.bundled(ANALYZER);

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    @Test
    void readsTheWordsAnExpressionStartsWith() {
        LeadingWords code = LeadingWords.of(Pattern.compile("\\b(?<!unilogin\\s)(?:kode|koden|pin)\\s+til", CI));
        assertThat(code.mayMatch(TextFold.regexCase("Min KODE til aula"))).isTrue();
        assertThat(code.mayMatch(TextFold.regexCase("PINkode"))).isTrue();
        assertThat(code.mayMatch(TextFold.regexCase("mit brugernavn til aula"))).isFalse();
        LeadingWords optionalLetter = LeadingWords.of(Pattern.compile("\\bkoden?\\b", CI));
        assertThat(optionalLetter.mayMatch(TextFold.regexCase("kode"))).isTrue();
        // dotless ı upper-cases to I, so "ıngen" matches "ingen" case-insensitively, and the check must say so
        assertThat(LeadingWords.of(Pattern.compile("\\bingen\\s+af\\b", CI)).mayMatch(TextFold.regexCase("ıngen af dem")))
                .isTrue();
    }

    @Test
    void readsPastWhatComesBeforeTheFirstWordsThatMustBeThere() {
        // a name group, a class, an optional group, a lookbehind, an optional letter: stepped over
        assertThat(words("\\b(\\p{L}[\\p{L}\\d]*)[-‐](?:kode|konto)\\b", "Gmail-konto", "Gmail-adgang")).isTrue();
        assertThat(words("\\b(\\p{L}+)\\s+(?:password|account)\\b", "my xbox ACCOUNT", "my xbox")).isTrue();
        assertThat(words("\\b(?:kode)?\\s*til", "til", "på")).isTrue();
        assertThat(words("\\b[kp]ode", "pode", "kod")).isTrue();
        assertThat(words("a?b", "b", "a")).isTrue();
        assertThat(words("(?<name>kode)", "kode", "pin")).isTrue();
    }

    /** Whether the expression's leading words let {@code matching} through and keep {@code other} out. */
    private static boolean words(String source, String matching, String other) {
        LeadingWords leading = LeadingWords.of(Pattern.compile(source, CI));
        return leading.known() && leading.mayMatch(TextFold.regexCase(matching)) && !leading.mayMatch(TextFold.regexCase(other));
    }

    @Test
    void anExpressionItCannotReadAlwaysRuns() {
        List<String> unreadable = List.of("kode|brugernavn", "\\b(?i)kode", "\\b\\Qkode\\E", "\\b\\p{L}+\\s*",
                "(?:kode|pin)?\\d+");
        for (String source : unreadable) {
            assertThat(LeadingWords.of(Pattern.compile(source, CI)).known()).as(source).isFalse();
        }
        assertThat(LeadingWords.of(Pattern.compile("\\bkode")).known()).as("case-sensitive").isFalse();
    }

    @Test
    void everyBundledLoginTargetIsRead() {
        assertThat(WORDS.loginTargetsRead()).isTrue();
    }

    @Test
    void mostBundledJoinsAreRead() {
        long read = GuideAnalyzer.phraseJoins().stream().filter(join -> join.leading().known()).count();
        assertThat(read).isGreaterThanOrEqualTo(GuideAnalyzer.phraseJoins().size() - 1);
    }

    @Test
    void skippingChangesNoJoinAndNoLoginTarget() throws IOException {
        List<String> texts = new ArrayList<>(EvalQuestions.all());
        texts.addAll(mixed(texts, 3000));
        for (String text : texts) {
            assertThat(GuideAnalyzer.joinsMatching(text, true)).as(text).isEqualTo(GuideAnalyzer.joinsMatching(text, false));
            assertThat(WORDS.loginTargets(text, true)).as(text).isEqualTo(WORDS.loginTargets(text, false));
        }
    }


    @Test
    void theIndexFindsTheExpressionsEachOfWhoseWordsWouldFind() throws IOException {
        List<LeadingWords> expressions = List.of(
                LeadingWords.of(Pattern.compile("\\b(?:ikke|ik)\\s+kode", CI)),
                LeadingWords.of(Pattern.compile("\\bkodeord\\b", CI)),
                LeadingWords.of(Pattern.compile("\\bord\\b", CI)),
                LeadingWords.of(Pattern.compile("(?i)anything", CI)),
                LeadingWords.of(Pattern.compile("\\bbanken\\b", CI)));
        LeadingWordsIndex index = new LeadingWordsIndex(expressions);
        // "kodeord" holds "ord"; "ikk" starts "ikke"; the expression with inline flags always runs.
        assertThat(index.candidates("mit kodeord").stream().boxed().toList()).containsExactly(1, 2, 3);
        assertThat(index.candidates("ikk").stream().boxed().toList()).containsExactly(0, 3);
        assertThat(index.candidates("netbanke").stream().boxed().toList()).containsExactly(3);

        List<LeadingWords> joins = GuideAnalyzer.phraseJoins().stream().map(GuideAnalyzer.PhraseJoin::leading).toList();
        LeadingWordsIndex bundled = new LeadingWordsIndex(joins);
        List<String> texts = new ArrayList<>(EvalQuestions.all());
        texts.addAll(mixed(texts, 1000));
        for (String text : texts) {
            String folded = TextFold.regexCase(text);
            java.util.BitSet each = new java.util.BitSet();
            for (int i = 0; i < joins.size(); i++) {
                each.set(i, joins.get(i).mayMatch(folded));
            }
            assertThat(bundled.candidates(folded)).as(text).isEqualTo(each);
        }
    }

    /**
     * Texts of words from the questions and of the words the joins are written around, in upper,
     * lower and odd case, with letters that match case-insensitively ("ı" for "i"), joined by
     * spaces, hyphens and punctuation.
     */
    private static List<String> mixed(List<String> questions, int count) {
        List<String> words = new ArrayList<>();
        questions.forEach(q -> words.addAll(List.of(q.split("\\s+"))));
        List<String> listed = List.of("uni", "login", "mit", "id", "nem", "office", "365", "e", "boks", "wi", "fi",
                "adgangs", "kode", "bruger", "navn", "jeg er", "i'm", "im", "15", "skriver", "til", "mitid", "koden",
                "til", "mobil", "glemt", "at", "driller", "ham", "ingen", "af", "anelse", "no", "idea", "hvor", "meget",
                "can't", "don’t", "password", "account", "logge", "ind", "på", "roblox", "Gmail", "ıngen", "MİTİD", "ſkriver");
        List<String> separators = List.of(" ", " ", "-", "  ", ", ", ". ", "\n", "_", "?", "");
        Random random = new Random(20261201);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                String word = random.nextInt(3) == 0 ? words.get(random.nextInt(words.size()))
                        : listed.get(random.nextInt(listed.size()));
                word = switch (random.nextInt(4)) {
                    case 0 -> word.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    default -> word;
                };
                text.append(word).append(separators.get(random.nextInt(separators.size())));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
