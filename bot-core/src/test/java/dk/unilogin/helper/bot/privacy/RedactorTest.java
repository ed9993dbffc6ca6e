package dk.unilogin.helper.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @ValueSource(strings = {"010203-1234", "0102031234", "010203 1234", "290200-4321", "311299-0000"})
    void cprNumbersWithARealDateAreRemoved(String cpr) {
        Redaction r = redactor.redact("mit barns cpr er " + cpr + ", hvad nu?");
        assertThat(r.text()).doesNotContain(cpr).contains(Redactor.MASK).endsWith(", hvad nu?");
        assertThat(r.removedSomething()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jeg vil lave et forløb om kodeord: hvordan lærer jeg børnene at finde på en sikker kode?",
            "Jeg troede, at hendes kode var forkert, men det er fordi, vi ikke aner, hvor hun skal logge ind.",
            "Skal vi betale for brugernavn og kode? Min mand siger det er gratis.",
            "Jeg har glemt min kode... nej, det er brugernavnet. Det er altså mit eget login som forælder.",
            "Prøvede mitunilogin.dk, men gik i stå efter brugernavnet, og han har glemt sin kode."})
    void theSentenceAroundAPasswordWordIsNoPassword(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.removedSomething()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"321299-1234", "011399-1234", "12345678901", "ring 70112233", "300299-1234"})
    void numbersThatAreNoCprNumberStay(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.removedSomething()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min kode er Hest123", "koden er hest123!", "adgangskoden er sommer2024",
            "password: Hemmelig1", "Password=abc", "my password is Hest123", "hans kodeord er: blomst",
            "pw: qwerty99", "min adgangskode er nu Kage7", "koden til unilogin er Hest123",
            "the password for aula is Hemmelig1"})
    void disclosedPasswordsAreRemoved(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).contains(Redactor.MASK);
        assertThat(r.text()).doesNotContainIgnoringCase("hest123").doesNotContain("sommer2024")
                .doesNotContain("Hemmelig1").doesNotContain("abc").doesNotContain("blomst").doesNotContain("qwerty99")
                .doesNotContain("Kage7");
        assertThat(r.removedSomething()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min kode er forkert", "adgangskoden er udløbet", "koden er glemt",
            "mit brugernavn eller adgangskode er forkert", "my password is wrong", "the password is not working",
            "min søn har glemt sin kode", "Det med den nye kode er vigtigst i aften", "koden er mest akut", "koden er klart det vigtigste",
            "the password is most urgent", "vi fik en ny kode i går, så det er fint nu", "koden er ok nu, tak",
            "sedlen med hans kode er forsvundet i flyttekasserne", "koden er røget i vasken", "hendes kode er lækket",
            "koden er gået tabt", "koden er allerede skiftet", "hans kode er totalt glemt",
            "han har glemt sin adgangskode, og det er lørdag", "Hun skal have en ny kode. Jeg tror, det er forældrene, der gør det",
            "Vi har fundet hendes brugernavn og kode (2.a), men hvor skal hun logge ind?"})
    void wordsAboutAPasswordStay(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.removedSomething()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jeg har prøvet med kodeordet Rosenkål88", "koden Pingvin55 virker ikke",
            "prøvede password BlueTiger42", "min søn skrev adgangskoden Sol#Hat! men fik fejl",
            "pinkoden 4711 virker ikke", "mit pw \"Kage7\" virker ikke", "kodeord: og så password x9y8z7"})
    void aSecretRightAfterAPasswordWordIsRemoved(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).contains(Redactor.MASK).doesNotContain("Rosenkål88").doesNotContain("Pingvin55")
                .doesNotContain("BlueTiger42").doesNotContain("Sol#Hat").doesNotContain("4711")
                .doesNotContain("Kage7").doesNotContain("x9y8z7");
        assertThat(r.removedSomething()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-03-45-1234", "12.03.45-1234", "12/03/45-1234", "120345-1234"})
    void cprNumbersWrittenWithSeparatorsInTheDateAreRemoved(String cpr) {
        Redaction r = redactor.redact("hans cpr er " + cpr + " hvis det hjælper");
        assertThat(r.text()).isEqualTo("hans cpr er " + Redactor.MASK + " hvis det hjælper");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sommer2024!", "hun bruger Bamse2015 som kode", "I tried Winter2024 as password",
            "unilogin: anna.h1234 / Hest!23", "koden hedder Bamse77", "den nye kode bliver fisk99"})
    void aPastedPasswordIsRemovedWithoutAPasswordWordBeforeIt(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).contains(Redactor.MASK).doesNotContain("2024").doesNotContain("Bamse")
                .doesNotContain("Hest!23").doesNotContain("fisk99");
        assertThat(r.removedSomething()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min søn har glemt sin kode. han plejer at bruge sommer2024",
            "prøvede vinter2021 og sommer2024 som adgangskode", "my password? we tried sommer2024"})
    void aLowerCaseWordWithDigitsIsRemovedInAMessageAboutPasswords(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).contains(Redactor.MASK).doesNotContain("sommer2024").doesNotContain("vinter2021");
    }

    @Test
    void aLowerCaseWordWithDigitsStaysWhenPasswordsAreNotTalkedAbout() {
        assertThat(redactor.redact("vi bruger skole2000 portalen").text()).isEqualTo("vi bruger skole2000 portalen");
        assertThat(redactor.redact("koden til office365 virker ikke").text()).isEqualTo("koden til office365 virker ikke");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Office365 virker ikke", "min søn går i 3.b", "han er født 12.03.2015",
            "hans iPhone15 kan ikke logge ind", "kl. 10.30 i aften", "se https://Skole2000.dk/Login", "klasse 7A",
            "Windows11 opdatering", "ring på 70 11 22 33", "n:skift-adgangskode-barn:1", "c:x-y:1:a"})
    void productNamesDatesAndClassesStay(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.removedSomething()).isFalse();
    }

    @Test
    void theSentenceAroundABareSecretIsKept() {
        assertThat(redactor.redact("koden Pingvin55 virker ikke.").text())
                .isEqualTo("koden " + Redactor.MASK + " virker ikke.");
        assertThat(redactor.redact("prøvede password BlueTiger42!").text())
                .isEqualTo("prøvede password " + Redactor.MASK + "!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"koden til unilogin virker ikke", "glemt koden", "koden virker ikke",
            "min kode er forkert", "kodeordet forkert?", "password unilogin", "skift kode til mitid",
            "jeg har glemt min adgangskode.", "password reset for my son", "koden på e-mail kom aldrig",
            "kode 12 steder"})
    void plainWordsAfterAPasswordWordStay(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.removedSomething()).isFalse();
    }

    @Test
    void punctuationAfterAPasswordIsKept() {
        assertThat(redactor.redact("min kode er Hest123. Hvad gør jeg?").text())
                .isEqualTo("min kode er " + Redactor.MASK + ". Hvad gør jeg?");
    }

    @Test
    void emptyAndMissingTextPassThrough() {
        assertThat(redactor.redact(null).text()).isNull();
        assertThat(redactor.redact("").removedSomething()).isFalse();
    }
}
