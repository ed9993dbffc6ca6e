package dk.unilogin.helper.bot.language;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @ValueSource(strings = {"my daughter forgot her password", "login says no access", "where do we log in",
            "I am a pupil and don't know my Unilogin", "who do I contact for help", "what about my son?"})
    void english(String text) {
        assertThat(detector.detect(text)).contains(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min søn har glemt sin kode", "login på pc virker ikke", "trin for trin", "hejsa",
            "der står ingen adgang", "kan ikke logge ind på unilgin", "og hvad med min datter?"})
    void danish(String text) {
        assertThat(detector.detect(text)).contains(Language.DA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"she gets \"ingen adgang\"", "it says “Der står ingen adgang” when he logs in",
            "the screen says «Få en ny adgangskode»"})
    void danishWordsQuotedFromTheScreenDoNotMakeAnEnglishMessageDanish(String text) {
        assertThat(detector.detect(text)).contains(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "Unilogin", "1", "?!", ""})
    void noEvidenceKeepsTheConversationsLanguage(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }
}
