package dk.unilogin.helper.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.privacy.PersonalDataArbitraries;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The storage pass removes every generated CPR number and password however it is written. */
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
}
