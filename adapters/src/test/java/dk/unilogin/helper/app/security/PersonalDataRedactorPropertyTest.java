package dk.unilogin.helper.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.privacy.PersonalDataArbitraries;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The storage pass removes every generated CPR number and password however it is written, and
 * skipping the patterns a text cannot match changes none of what it stores.
 */
class PersonalDataRedactorPropertyTest {

    @Provide
    Arbitrary<String> cprSentences() {
        return PersonalDataArbitraries.cprSentences();
    }

    @Provide
    Arbitrary<PersonalDataArbitraries.PasswordSentence> passwordSentences() {
        return PersonalDataArbitraries.passwordSentences();
    }

    @Property(tries = 500)
    void noCprDigitIsStored(@ForAll("cprSentences") String text) {
        assertThat(PersonalDataRedactor.redact(text)).doesNotContainPattern("\\p{Nd}");
    }

    @Property(tries = 500)
    void noPasswordIsStored(@ForAll("passwordSentences") PersonalDataArbitraries.PasswordSentence sentence) {
        assertThat(PersonalDataRedactor.redact(sentence.text()).toLowerCase(Locale.ROOT))
                .doesNotContain(sentence.password().toLowerCase(Locale.ROOT));
    }

    @Provide
    Arbitrary<String> mixedTexts() {
        return PersonalDataArbitraries.mixedTexts().map(text -> text + " ").flatMap(text -> Arbitraries.of(
                text, text + "skriv til x.y@skole.dk", text + "ring på +45 12 34 56 78", text + "brugernavn abcd1234",
                text + "løsen: Hest#Kage", text + "pwd Kage77"));
    }

    @Property(tries = 2000)
    void skippingPatternsChangesNothingStored(@ForAll("mixedTexts") String text) {
        assertThat(PersonalDataRedactor.redact(text)).isEqualTo(PersonalDataRedactor.redactRunningEveryPattern(text));
    }
}
