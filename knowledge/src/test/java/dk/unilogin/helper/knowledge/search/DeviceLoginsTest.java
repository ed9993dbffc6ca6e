package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which messages say the login that fails is a device's own ({@code matching/device-logins.txt}). */
class DeviceLoginsTest {
    private static final Set<String> IDS = Set.of("ingen-adgang", "kontakt-skolen", "hvor-logge-ind", "computer-login",
            "skift-adgangskode-barn", "foraelder-brugernavn", "foraelder-barns-brugernavn", "elev-brugernavn");
    private static final DeviceLogins BUNDLED = DeviceLogins.parse(DeviceLogins.BUNDLED,
            MatchingLists.resource(DeviceLogins.BUNDLED), IDS, true);

    @Test
    void aDevicesScreenItsStartAndItsOwnLoginAreNamed() {
        List<String> device = List.of(
                "Når hun skriver sit Unilogin på login-skærmen, står der forkert adgangskode.",
                "Chromebooken står bare med loginskærmen og vil ikke videre.",
                "Den bærbare er låst ved opstart.",
                "Skole-pc'en starter op, men så kommer der en blå skærm.",
                "Den vil have en kode, lige når man tænder den.",
                "Der står 'Der er ingen logonservere tilgængelige'.",
                "Enheden er ikke forbundet til domænet.",
                "Han kan ikke logge ind på selve computeren.",
                "Vi kommer ikke forbi skolens bærbare.",
                "Han fik en ny pc i julegave, og vi kan ikke logge ind på den med hans Unilogin.",
                "Skærmen beder om brugernavn og kode, og hans Unilogin virker ikke.",
                "She can't log in to the school laptop.");
        for (String text : device) {
            assertThat(BUNDLED.named(text)).as(text).isTrue();
        }
    }

    @Test
    void aServiceOpenedOrAStartOfSomethingElseIsNot() {
        List<String> other = List.of(
                "Når han åbner Teams, står der 'Ingen adgang'.",
                "Det snurrer bare, og så er hun tilbage ved start.",
                "Efter opstarten af det nye skoleår har hun glemt sin kode.",
                "Han logger ind på Aula på computeren.",
                "Min søn har glemt sin kode til Unilogin.");
        for (String text : other) {
            assertThat(BUNDLED.named(text)).as(text).isFalse();
        }
    }

    @Test
    void everyExpressionIsReadSoThatMostMessagesRunNone() throws IOException {
        assertThat(BUNDLED.allRead()).isTrue();
        for (String text : EvalQuestions.all()) {
            assertThat(BUNDLED.named(text, true)).as(text).isEqualTo(BUNDLED.named(text, false));
        }
    }

    @Test
    void aBrokenLineFailsWithFileAndLine() {
        assertThatThrownBy(() -> DeviceLogins.parse("test", "# list\npassages: ingen-adgang, no-such-passage\n", IDS, true))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("test").hasMessageContaining("2");
        assertThatThrownBy(() -> DeviceLogins.parse("test", "\\b(?:login\n", IDS, true))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("regular expression");
        assertThat(DeviceLogins.parse("test", "passages: no-such-passage\n", IDS, false).otherLogins()).isEmpty();
    }
}
