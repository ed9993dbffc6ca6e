package dk.unilogin.helper.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The terminal chat: the same bot, buttons as numbered choices. */
class ChatCommandTest {

    private String chat(String... lines) {
        return chat(UniloginBot.builder().knowledge(KnowledgeLoader.loadBundled()).build(), lines);
    }

    private String chat(TurnProcessor bot, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ChatCommand(bot, new BufferedReader(new StringReader(String.join("\n", lines))),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run();
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buttonsAreNumberedAndANumberPressesOne() {
        String transcript = chat("min søn har glemt sin kode", "1", "/slut", "never read");
        assertThat(transcript).contains("[1] Glemt adgangskode");
        assertThat(transcript).contains("**Få en ny adgangskode til dit barns Unilogin**");
        assertThat(transcript).contains("[1] Trin for trin");
        assertThat(transcript).contains("Trin 1 af 5");
        assertThat(transcript).doesNotContain("never read");
    }

    @Test
    void theCommandLineBotKnowsTheSchoolsTheServerKnows() {
        String transcript = chat(CommandLine.bot(), "min søn kan ikke logge ind, der står ingen adgang", "nej",
                "Demoskolen");
        assertThat(transcript).contains("Hvilken skole går dit barn på?");
        assertThat(transcript).contains("Her er, hvad Demoskolen oplyser");
    }

    @Test
    void debugModeShowsHowTheMatcherReadEachTypedMessage() {
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChatCommand(UniloginBot.builder().knowledge(knowledge).build(),
                new BufferedReader(new StringReader("min datter har glemt sin kode\n1")),
                new PrintStream(out, true, StandardCharsets.UTF_8), m -> knowledge.explain(m).text()).run();
        String transcript = out.toString(StandardCharsets.UTF_8);

        assertThat(transcript).contains("[matcher] read").contains("[matcher] decide     ANSWER skift-adgangskode-barn");
        assertThat(transcript.split("\\[matcher\\] read", -1)).as("a pressed button is not matched").hasSize(2);
    }

    @Test
    void startOverAndEndOfInput() {
        String transcript = chat("hvordan laver jeg pandekager", "/ny");
        assertThat(transcript).contains("Det kan jeg desværre ikke svare på");
        assertThat(transcript.split("Jeg er Unilogin-hjælperen", -1)).hasSize(3);
    }
}
