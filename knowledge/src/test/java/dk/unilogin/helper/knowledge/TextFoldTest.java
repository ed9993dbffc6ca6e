package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Folding reads "Næste!", "naeste" and "NÆSTE" alike, and its one-pass way agrees with the general one. */
class TextFoldTest {

    @Test
    void foldsCaseDanishLettersAccentsAndPunctuation() {
        assertThat(TextFold.words("Næste!")).isEqualTo("naeste");
        assertThat(TextFold.words("  NÆSTE ... skridt?? ")).isEqualTo("naeste skridt");
        assertThat(TextFold.words("Don't stop – café Åbo")).isEqualTo("dont stop cafe aabo");
        assertThat(TextFold.words("barn’s kode: 1234")).isEqualTo("barns kode 1234");
        assertThat(TextFold.words("?!")).isEmpty();
        assertThat(TextFold.words(null)).isEmpty();
    }

    @Test
    void theOnePassWayIsTakenOnlyForPlainTextAndAgreesWithTheGeneralWay() {
        assertThat(TextFold.plainWords("min søn's KODE, tak!")).isEqualTo("min soens kode tak");
        assertThat(TextFold.plainWords("café")).as("an accent needs decomposition").isNull();
        String alphabet = "abcxyzABCXYZ0189 ,.!?-_'’\"\t\næÆøØåÅäÄöÖéüßİı😀\u0301";
        Random random = new Random(20261201);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String plain = TextFold.plainWords(text.toString());
            if (plain != null) {
                assertThat(plain).as(text.toString()).isEqualTo(TextFold.wordsOfAnyText(text.toString()));
            }
            assertThat(TextFold.words(text.toString())).isEqualTo(TextFold.wordsOfAnyText(text.toString()));
        }
    }

    @Test
    void spacedAgreesWithTheRegularExpressionItReplaces() {
        java.util.regex.Pattern notWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        String alphabet = "abzAZ09 ,.!-_'\t\næøåéßİı١٢²ⅫΩж😀𝐀\u0301\u200b\u00a0";
        Random random = new Random(20261202);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            if (random.nextInt(20) == 0) {
                text.append('\ud800');
            }
            assertThat(TextFold.spaced(text.toString())).as(text.toString())
                    .isEqualTo(notWord.matcher(text).replaceAll(" ").strip());
        }
    }
}
