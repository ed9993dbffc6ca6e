package dk.unilogin.helper.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import dk.unilogin.helper.knowledge.ReloadOutcome;
import dk.unilogin.helper.knowledge.ReloadableKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot looks passages up on every turn: an edit reloaded between turns shows at once, mid-conversation. */
class KnowledgeReloadTest {
    @TempDir
    Path guide;

    @Test
    void aReloadedPassageIsUsedOnTheNextTurn() throws Exception {
        copyBundledGuide();
        ReloadableKnowledgeBase knowledge = new ReloadableKnowledgeBase(() -> KnowledgeLoader.load(guide));
        TurnProcessor bot = UniloginBot.builder().knowledge(knowledge).build();

        TurnResult before = bot.process(Activity.userMessage("test", "r", "u", "der står ingen adgang"));
        assertThat(before.replies().get(0).text()).doesNotContain("Ring til skolens kontor");

        Path file = guide.resolve("da/ingen-adgang.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceFirst("(?m)^Som bruger", "Ring til skolens kontor. Som bruger"),
                StandardCharsets.UTF_8);
        assertThat(knowledge.reload().reloaded()).isTrue();

        TurnResult after = bot.process(Activity.userMessage("test", "r", "u", "jeg får ingen adgang"));
        assertThat(String.join("\n", after.replies().stream().map(Activity::text).toList()))
                .contains("Ring til skolens kontor");
    }

    @Test
    void theWelcomesTopicsComeFromTheGuideAndAGuideWithoutALastStopIsRefused() throws Exception {
        copyBundledGuide();
        ReloadableKnowledgeBase knowledge = new ReloadableKnowledgeBase(() -> KnowledgeLoader.load(guide));
        TurnProcessor bot = UniloginBot.builder().knowledge(knowledge).build();
        assertThat(topics(bot, "t1")).contains("Kontakt skolen", "Glemt brugernavn");

        Path contact = guide.resolve("da/kontakt-skolen.md");
        String text = Files.readString(contact, StandardCharsets.UTF_8);
        Files.writeString(contact, text.replace("topic: Kontakt skolen", "topic: Ring til skolen"), StandardCharsets.UTF_8);
        assertThat(knowledge.reload().reloaded()).isTrue();
        assertThat(topics(bot, "t2")).contains("Ring til skolen").doesNotContain("Kontakt skolen");

        Files.writeString(contact, text.replace("lead-on: school\n", ""), StandardCharsets.UTF_8);
        ReloadOutcome refused = knowledge.reload();
        assertThat(refused.reloaded()).isFalse();
        assertThat(refused.errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("lead-on: school"));
        assertThat(topics(bot, "t3")).contains("Ring til skolen");
    }

    private static List<String> topics(TurnProcessor bot, String conversation) {
        TurnResult welcome = bot.process(Activity.event("test", conversation, "u", Events.CONVERSATION_START, null));
        return welcome.replies().stream().flatMap(r -> r.suggestedActions().stream()).map(SuggestedAction::title).toList();
    }

    /** The guide's source folder, as the knowledge module carries it (tests run in the module folder). */
    private void copyBundledGuide() throws IOException {
        Path source = Path.of("../knowledge/src/main/resources/guide");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = guide.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
