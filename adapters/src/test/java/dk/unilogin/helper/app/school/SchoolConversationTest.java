package dk.unilogin.helper.app.school;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.TurnProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A conversation that knows its school gets that school's own facts where the guide says "ask the school". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SchoolConversationTest {

    @Autowired
    TurnProcessor bot;

    private BotConversation conversation() {
        return new BotConversation(bot, "web");
    }

    @Test
    void whereToLogInListsTheSchoolsServices() {
        BotConversation c = conversation();
        c.start("demo-skole");
        assertThat(c.say("hvor skal vi logge ind?")).contains("Demoskolen", "[Aula](https://www.aula.dk)",
                "[Microsoft Teams](https://teams.microsoft.com)", "[Google Classroom](https://classroom.google.com)");
    }

    @Test
    void contactingTheSchoolGivesItsPhoneMailAndOfficeHours() {
        BotConversation c = conversation();
        c.start("demo-skole");
        assertThat(c.say("hvordan kontakter jeg skolen?")).contains("+45 70 10 20 30", "kontoret@demoskolen.example",
                "Mandag-torsdag 8-15, fredag 8-12");
    }

    @Test
    void schoolComputersGetTheSchoolsNotesAndContact() {
        BotConversation c = conversation();
        c.start("demo-skole");
        assertThat(c.say("vi kan ikke logge ind på computeren")).contains("Skolens computere logger på",
                "+45 70 10 20 30");
    }

    @Test
    void englishQuestionsGetTheFactsInEnglish() {
        BotConversation c = conversation();
        c.start("demo-skole");
        assertThat(c.say("where do we log in?")).contains("Where to log in at Demoskolen", "www.aula.dk");
    }

    @Test
    void withoutASchoolTheAnswerStaysAsTheGuideSaysAndTheSchoolCanBeNamed() {
        BotConversation c = conversation();
        c.start(null);
        String answer = c.say("hvor skal vi logge ind?");
        assertThat(answer).doesNotContain("aula.dk", "+45 70 10 20 30");
        assertThat(c.say("Han går på demo skolen")).contains("Demoskolen", "www.aula.dk");
        assertThat(c.say("hvordan kontakter jeg skolen?")).contains("+45 70 10 20 30");
    }

    @Test
    void anUnknownSchoolIdIsIgnored() {
        BotConversation c = conversation();
        c.start("findes-ikke");
        assertThat(c.say("hvor skal vi logge ind?")).doesNotContain("aula.dk");
    }
}
