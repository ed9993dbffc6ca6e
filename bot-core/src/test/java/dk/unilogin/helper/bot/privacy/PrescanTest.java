package dk.unilogin.helper.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The redaction skips a pattern when the text lacks what the pattern cannot match without
 * ({@link Prescan}): that must change no redaction, whatever the text, its case or its script.
 */
class PrescanTest {
    private final Redactor redactor = new Redactor();

    @Provide
    Arbitrary<String> mixedTexts() {
        return PersonalDataArbitraries.mixedTexts();
    }

    @Property(tries = 3000)
    void skippingPatternsChangesNoRedaction(@ForAll("mixedTexts") String text) {
        assertThat(redactor.redact(text)).isEqualTo(redactor.redactRunningEveryPattern(text));
    }

    @Property(tries = 300)
    void skippingPatternsChangesNoRedactionOfPastedPersonalData(
            @ForAll("passwordSentences") PersonalDataArbitraries.PasswordSentence sentence, @ForAll("cprSentences") String cpr) {
        String text = sentence.text() + " " + cpr;
        assertThat(redactor.redact(text)).isEqualTo(redactor.redactRunningEveryPattern(text));
    }

    @Provide
    Arbitrary<PersonalDataArbitraries.PasswordSentence> passwordSentences() {
        return PersonalDataArbitraries.passwordSentences();
    }

    @Provide
    Arbitrary<String> cprSentences() {
        return PersonalDataArbitraries.cprSentences();
    }

    @Test
    void aPasswordWithoutADigitIsStillRedacted() {
        assertThat(redactor.redact("adgangskoden til min søn, den er solsikke").text()).doesNotContain("solsikke");
        assertThat(redactor.redact("MIN KODE ER hestekage").text()).doesNotContain("hestekage");
        assertThat(redactor.redact("vi bruger solsikke som kode").text()).doesNotContain("solsikke");
    }

    @Test
    void aTriggerSpelledInLettersThatMatchCaseInsensitivelyStillCounts() {
        // dotless ı upper-cases to I: the pattern reads "ıt is" as "it is", and so must the scan
        assertThat(Prescan.of("the password? ıt is hest#kage").mentions("it")).isTrue();
        assertThat(redactor.redact("the password? ıt is hest#kage").text()).doesNotContain("hest#kage");
    }

    @Test
    void aMessageWithoutDigitsOrPasswordWordsIsLeftAsWritten() {
        String text = "Min søn kan ikke logge ind på Aula – hvad gør vi?";
        assertThat(redactor.redact(text)).isEqualTo(new Redaction(text, false));
        assertThat(Prescan.of(text).mentions(DisclosedPasswords.WORD_CORES)).isFalse();
        assertThat(Prescan.of(text).hasDigit()).isFalse();
    }

    @Test
    void wordsBetweenSpacesNeedWhitespaceOnBothSides() {
        assertThat(Prescan.of("the password").mentionsBetweenSpaces("as")).isFalse();
        assertThat(Prescan.of("hest som kode").mentionsBetweenSpaces("som")).isTrue();
        assertThat(Prescan.of("hest\tAS\nmy password").mentionsBetweenSpaces("as")).isTrue();
        assertThat(Prescan.of("som kode").mentionsBetweenSpaces("som")).isFalse();
    }
}
