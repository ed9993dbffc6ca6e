package dk.unilogin.helper.bot.school;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.ConversationRoles.SchoolFacts;
import dk.unilogin.helper.knowledge.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchoolAdviceTest {

    private static final SchoolProfile SCHOOL = new SchoolProfile("vestskolen", "Vestskolen",
            new SchoolContact("+45 11 22 33 44", "kontor@vestskolen.dk", "https://vestskolen.dk/kontakt",
                    "Man-tors 8-15, fre 8-12"),
            List.of(new SchoolService("Aula", "https://www.aula.dk/"),
                    new SchoolService("Microsoft Teams", "https://teams.microsoft.com")),
            "Brug Unilogin på login-skærmen; første gang skal koden skiftes.",
            List.of(), Map.of());

    @Test
    void whereToLogInListsTheSchoolsServicesWithTheirAddresses() {
        String advice = SchoolAdvice.adviceFor(SchoolFacts.WHERE_TO_LOG_IN, SCHOOL, Language.DA).orElseThrow();
        assertThat(advice).contains("Her logger I ind på Vestskolen", "[Aula](https://www.aula.dk/): www.aula.dk",
                "[Microsoft Teams](https://teams.microsoft.com)");
    }

    @Test
    void computerLoginGivesTheNotesAndTheContact() {
        String advice = SchoolAdvice.adviceFor(SchoolFacts.COMPUTERS, SCHOOL, Language.DA).orElseThrow();
        assertThat(advice).contains("første gang skal koden skiftes", "+45 11 22 33 44");
    }

    @Test
    void contactSchoolGivesPhoneMailWebAndOfficeHours() {
        String advice = SchoolAdvice.adviceFor(SchoolFacts.CONTACT, SCHOOL, Language.DA).orElseThrow();
        assertThat(advice).contains("Telefon: +45 11 22 33 44",
                "[kontor@vestskolen.dk](mailto:kontor@vestskolen.dk)",
                "[vestskolen.dk/kontakt](https://vestskolen.dk/kontakt)", "Åbningstid: Man-tors 8-15, fre 8-12");
    }

    @Test
    void noAccessPointsToTheSchoolForServiceAccessInEnglish() {
        String advice = SchoolAdvice.adviceFor(SchoolFacts.SERVICE_ACCESS, SCHOOL, Language.EN).orElseThrow();
        assertThat(advice).contains("No access to a service? Contact Vestskolen", "Phone: +45 11 22 33 44");
    }

    @Test
    void passagesThatDoNotEndInTheSchoolGetNothing() {
        assertThat(SchoolAdvice.adviceFor(SchoolFacts.NONE, SCHOOL, Language.DA)).isEmpty();
        assertThat(SchoolAdvice.adviceFor(SchoolFacts.CONTACT, null, Language.DA)).isEmpty();
    }

    @Test
    void aSchoolWithoutFactsAddsNothing() {
        SchoolProfile bare = new SchoolProfile("x", "X", null, null, null, null, null);
        assertThat(SchoolAdvice.adviceFor(SchoolFacts.CONTACT, bare, Language.DA)).isEmpty();
        assertThat(SchoolAdvice.adviceFor(SchoolFacts.WHERE_TO_LOG_IN, bare, Language.DA)).isEmpty();
    }

    @Test
    void profileTextCannotInjectLinks() {
        SchoolProfile sly = new SchoolProfile("x", "[Klik](https://evil.example)",
                new SchoolContact("1", null, "javascript:alert(1)", null), List.of(), null, null, null);
        String advice = SchoolAdvice.adviceFor(SchoolFacts.CONTACT, sly, Language.DA).orElseThrow();
        assertThat(advice).contains("\\[Klik\\]").doesNotContain("javascript:");
    }
}
