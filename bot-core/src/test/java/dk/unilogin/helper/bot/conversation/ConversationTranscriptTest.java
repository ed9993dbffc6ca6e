package dk.unilogin.helper.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.insights.TurnRecord;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every conversation scenario in {@code src/test/resources/conversations} against the real guide. */
class ConversationTranscriptTest {
    private static KnowledgeBase knowledge;

    @BeforeAll
    static void loadGuide() {
        knowledge = KnowledgeLoader.loadBundled();
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/conversations").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).as("conversation scenarios").hasSizeGreaterThanOrEqualTo(30);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> play(file)));
    }

    private void play(Path file) throws IOException {
        Transcript transcript = Transcript.read(file);
        RecordingRecorder recorder = new RecordingRecorder();
        TurnProcessor bot = UniloginBot.builder().knowledge(knowledge).schools(new TestSchools())
                .recorder(recorder).build();
        String conversation = "c-" + transcript.name();
        TurnResult previous = null;
        for (Transcript.Turn turn : transcript.turns()) {
            int recordedBefore = recorder.records().size();
            Activity in = toActivity(transcript, turn, conversation, previous);
            TurnResult result = bot.process(in);
            String where = transcript.name() + ":" + turn.line() + " (" + turn.input() + ")";
            List<TurnRecord> recorded = recorder.records().subList(recordedBefore, recorder.records().size());
            for (Transcript.Expectation e : turn.expectations()) {
                check(where + " line " + e.line(), e, result, recorded);
            }
            previous = result;
        }
    }

    private static Activity toActivity(Transcript t, Transcript.Turn turn, String conversation, TurnResult previous) {
        if (turn.kind().equals("event")) {
            String input = turn.input();
            String locale = null;
            if (input.endsWith(" lang=en") || input.equals("start lang=en")) {
                locale = "en";
                input = input.substring(0, input.length() - " lang=en".length()).strip();
            }
            String[] parts = input.split("\\s+", 2);
            String value = parts.length > 1 ? parts[1] : null;
            String name = switch (parts[0]) {
                case "start" -> Events.CONVERSATION_START;
                case "restart" -> Events.CONVERSATION_RESTART;
                case "help" -> Events.HELP;
                case "end" -> Events.CONVERSATION_END;
                default -> throw new IllegalArgumentException(t.name() + ":" + turn.line() + ": unknown event");
            };
            return Activity.event("test", conversation, "user", name, value).withLocale(locale);
        }
        String input = turn.input();
        if (input.startsWith("{") && input.endsWith("}")) {
            return Activity.userValue("test", conversation, "user", input.substring(1, input.length() - 1));
        }
        if (input.startsWith("[") && input.endsWith("]")) {
            String title = input.substring(1, input.length() - 1);
            if (previous == null) {
                fail(t.name() + ":" + turn.line() + ": no button to press before the first reply");
            }
            SuggestedAction button = buttons(previous).stream()
                    .filter(b -> b.title().equalsIgnoreCase(title)).findFirst()
                    .orElseThrow(() -> new AssertionError(t.name() + ":" + turn.line() + ": no button [" + title
                            + "] among " + buttons(previous).stream().map(SuggestedAction::title).toList()));
            return Activity.userValue("test", conversation, "user", button.value());
        }
        return Activity.userMessage("test", conversation, "user", input);
    }

    private static List<SuggestedAction> buttons(TurnResult result) {
        return result.replies().stream().flatMap(r -> r.suggestedActions().stream()).toList();
    }

    private static void check(String where, Transcript.Expectation e, TurnResult result, List<TurnRecord> recorded) {
        String replies = String.join("\n---\n", result.replies().stream().map(Activity::text).toList());
        String lower = replies.toLowerCase(Locale.ROOT);
        switch (e.kind()) {
            case "reply" -> {
                if (e.text().startsWith("[") && e.text().endsWith("]")) {
                    String title = e.text().substring(1, e.text().length() - 1);
                    assertThat(buttons(result).stream().map(SuggestedAction::title).toList())
                            .as(where + ": buttons offered; replies were:\n" + replies)
                            .anyMatch(b -> b.equalsIgnoreCase(title));
                } else {
                    assertThat(lower).as(where + ": replies were:\n" + replies)
                            .contains(e.text().toLowerCase(Locale.ROOT));
                }
            }
            case "absent" -> assertThat(lower).as(where + ": replies were:\n" + replies)
                    .doesNotContain(e.text().toLowerCase(Locale.ROOT));
            case "trace" -> checkTrace(where, e.text(), result, recorded, replies);
            default -> fail(where + ": unknown expectation " + e.kind());
        }
    }

    private static void checkTrace(String where, String spec, TurnResult result, List<TurnRecord> recorded,
            String replies) {
        String[] parts = spec.split("\\s+");
        String context = where + ": trace " + result.trace() + "; replies were:\n" + replies;
        assertThat(result.trace().outcome().name()).as(context).isEqualTo(parts[0]);
        if (parts.length > 1) {
            String passage = result.trace().passageId() == null ? "none" : result.trace().passageId();
            assertThat(passage).as(context).isEqualTo(parts[1]);
        }
        if (parts.length > 2) {
            assertThat(recorded).as(context).hasSize(1);
            String helpful = parts[2].replace("helpful=", "");
            assertThat(String.valueOf(recorded.get(0).helpful())).as(context).isEqualTo(helpful);
        }
    }
}
