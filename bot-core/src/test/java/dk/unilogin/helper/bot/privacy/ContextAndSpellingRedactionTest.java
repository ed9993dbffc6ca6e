package dk.unilogin.helper.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.Passage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CPR numbers however their digits, dashes and spaces are written, and passwords recognised
 * by what is said around them; ordinary words, class names, product names and the guide's
 * own text are left alone.
 */
class ContextAndSpellingRedactionTest {
    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @ValueSource(strings = {"150312\u00a04417", "150312\u20114417", "１５０３１２-４４１７", "150312\u202f4417",
            "150312\u2013" + "4417", "15.03.12\u00a04417", "15\u00a003\u00a012\u00a04417", "150312 - 4417", "150312/4417",
            "1503\u200b124417", "١٥٠٣١٢-٤٤١٧", "150312\u2212" + "4417", "150312\u30004417", "15 03 12 4417"})
    void cprNumbersInAnySpellingAreRemoved(String cpr) {
        Redaction r = redactor.redact("min søns cpr er " + cpr + " og han kan ikke logge ind");
        assertThat(r.removedSomething()).as(cpr).isTrue();
        assertThat(r.text()).as(cpr).doesNotContainPattern("\\d").contains("og han kan ikke logge ind");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jeg har prøvet med hunde123 men det virker ikke | hunde123",
            "adgangskoden til min søn, den er solsikke | solsikke",
            "jeg har skiftet adgangskoden, den er nu Blomsterkål | Blomsterkål",
            "koden hedder solsikke | solsikke",
            "the password is sunflower | sunflower",
            "I tried hunter22 and it failed | hunter22",
            "hun har tastet kage4711 ind | kage4711",
            "vi bruger solsikke som kode | solsikke",
            "hans kode virker ikke, den er abekat | abekat",
            "min pinkode er 4711 | 4711",
            "prøvede med 'mus42' | mus42",
            "kodeordet: hemmelig | hemmelig",
            "jeg har prøvet med ps00 men det virker ikke | ps00",
            "vi har prøvet med m123 | m123"})
    void passwordsNamedByTheirContextAreRemoved(String text, String secret) {
        Redaction r = redactor.redact(text);
        assertThat(r.removedSomething()).as(text).isTrue();
        assertThat(r.text()).as(text).doesNotContainIgnoringCase(secret);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "min søn går i 8.b og kan ikke logge ind",
            "hun går i 5a, koden virker ikke",
            "adgangskoden virker ikke i Office365",
            "jeg har prøvet med MitID men det virker ikke",
            "jeg har prøvet med min telefon",
            "koden virker ikke, den er forkert",
            "adgangskoden er udløbet, den er for gammel",
            "min kode virker ikke, den er blevet spærret",
            "adgangskoden er glemt, det er frustrerende",
            "I tried again with my password and it is still wrong",
            "koden til unilogin, den er til min datter",
            "jeg har prøvet med Office365 og Windows11",
            "han har prøvet med sin PS5 og en iPad",
            "min datter i 10.c har glemt koden",
            "vi har prøvet 3 gange",
            "det er min søns kode til aula"})
    void ordinaryQuestionsStayAsWritten(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.removedSomething()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hun har tastet PS1! ind", "I typed PS4 and it failed", "han har indtastet Win11 to gange",
            "vi har prøvet med \"PS4\""})
    void whatWasTypedIsHiddenEvenWhenItReadsAsAProduct(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.removedSomething()).as(text).isTrue();
        assertThat(r.text()).contains(Redactor.MASK).doesNotContainPattern("(?i)ps1|ps4|win11");
    }

    @Test
    void theGuidesOwnTextIsNeverRedacted() {
        KnowledgeBase guide = KnowledgeLoader.loadBundled();
        List<String> texts = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Passage passage : guide.passages(language)) {
                texts.add(passage.title());
                texts.addAll(passage.examples());
                texts.addAll(passage.intro());
                texts.addAll(passage.notes());
                texts.add(passage.outcome());
                passage.steps().forEach(step -> {
                    texts.add(step.text());
                    texts.addAll(step.notes());
                    step.choices().forEach(choice -> {
                        texts.add(choice.condition());
                        texts.addAll(choice.instructions());
                    });
                });
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);
        List<String> redacted = texts.stream().filter(t -> redactor.redact(t).removedSomething()).toList();
        assertThat(redacted).isEmpty();
    }
}
