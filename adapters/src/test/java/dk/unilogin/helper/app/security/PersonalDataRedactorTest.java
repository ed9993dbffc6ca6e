package dk.unilogin.helper.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataRedactorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mit cpr er 010203-1234 hjælp | 010203-1234",
            "cpr 0102031234 | 0102031234",
            "cpr 010203 1234 | 1234",
            "min kode er Sommer2024! | Sommer2024!",
            "koden var hemmelig | hemmelig",
            "adgangskoden er: 'abc123' | abc123",
            "password: hunter2 | hunter2",
            "my password is S3cret | S3cret",
            "ring på 12 34 56 78 | 56 78",
            "ring på +45 12345678 | 12345678",
            "skriv til mor@eksempel.dk | mor@eksempel.dk",
            "brugernavnet er abcd1234 | abcd1234",
            "jeg har prøvet med kodeordet Rosenkål88 | Rosenkål88",
            "password hunter2 | hunter2",
            "jeg skrev Sommerfugl2024 men det virker ikke | Sommerfugl2024",
            "cpr 150312\u00a04417 | 4417",
            "cpr 150312\u20114417 | 4417",
            "cpr １５０３１２-４４１７ | ４４１７",
            "cpr 15\u00a003\u00a012\u00a04417 | 4417",
            "jeg har prøvet med hunde123 men det virker ikke | hunde123",
            "adgangskoden til min søn, den er solsikke | solsikke",
            "koden hedder solsikke | solsikke",
            "the password is sunflower | sunflower",
            "LØSENET ER hestekage | hestekage",
            "PWD=hestekage | hestekage",
    })
    void removesPersonalData(String text, String secret) {
        assertThat(PersonalDataRedactor.redact(text)).doesNotContain(secret);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "min søn har glemt koden til unilogin",
            "hvor logger vi ind på office365",
            "klokken er 21:30 og jeg kan ikke logge ind",
            "vi har prøvet 3 gange",
            "koden virker ikke på Office365",
            "koden til unilogin. Hvad nu?",
            "min søn går i 8.b og kan ikke logge ind",
            "hun går i 5a og har glemt koden",
            "jeg har prøvet med MitID men det virker ikke",
    })
    void leavesOrdinaryQuestionsAlone(String text) {
        assertThat(PersonalDataRedactor.redact(text)).isEqualTo(text);
    }
}
