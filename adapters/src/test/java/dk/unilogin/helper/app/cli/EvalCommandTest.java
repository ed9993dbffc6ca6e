package dk.unilogin.helper.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The eval command, run through the same bot as the chat, on the labelled dev questions. */
class EvalCommandTest {
    private static final Path DEV = Path.of("../knowledge/src/test/resources/eval/dev.jsonl");
    private static TurnProcessor bot;

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void loadBot() {
        bot = UniloginBot.builder().knowledge(KnowledgeLoader.loadBundled()).build();
    }

    private int eval(String... args) {
        return new EvalCommand(() -> bot, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theDevQuestionsAreAnsweredRightThroughTheBot() throws Exception {
        Path report = tmp.resolve("report.json");
        assertThat(eval(DEV.toString(), "--out", report.toString())).isZero();

        List<String> lines = outLines();
        String last = lines.get(lines.size() - 1);
        Matcher m = Pattern.compile("in-scope: (\\d+)/(\\d+) declined: (\\d+)/(\\d+)").matcher(last);
        assertThat(m.matches()).as(last).isTrue();
        assertThat(lines).filteredOn(l -> l.startsWith("in-scope:")).hasSize(1);
        double inScope = Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
        double declined = Double.parseDouble(m.group(3)) / Double.parseDouble(m.group(4));
        assertThat(inScope).as(last).isGreaterThanOrEqualTo(0.95);
        assertThat(declined).as(last).isGreaterThanOrEqualTo(0.90);
        assertThat(lines).anyMatch(l -> l.startsWith("smalltalk: ")).anyMatch(l -> l.startsWith("oos: "));

        JsonNode json = JsonMapper.builder().build().readTree(report.toFile());
        long questions = Files.readAllLines(DEV).stream().filter(l -> !l.isBlank()).count();
        assertThat(json.get("results").size()).isEqualTo((int) questions);
        JsonNode first = json.get("results").get(0);
        assertThat(first.get("question").asString()).isNotBlank();
        assertThat(first.has("expected")).isTrue();
        assertThat(first.has("got")).isTrue();
        assertThat(first.has("confidence")).isTrue();
        assertThat(json.get("inScope").get("total").asInt() + json.get("declined").get("total").asInt())
                .isEqualTo((int) questions);
    }

    @Test
    void malformedLinesAreReportedWithTheirNumberAndSkipped() throws Exception {
        Path file = tmp.resolve("questions.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"q\": \"Mit barn har glemt sin adgangskode\", \"expect\": [\"skift-adgangskode-barn\"], \"kind\": \"para\"}",
                "{\"q\": \"broken",
                "",
                "{\"expect\": [\"none\"]}",
                "[1, 2]",
                "{\"q\": \"hejsa\", \"expect\": [\"none\"], \"kind\": \"smalltalk\"}",
                "{\"q\": \"hvor skal vi logge ind\", \"expect\": \"hvor-logge-ind\"}"), StandardCharsets.UTF_8);

        assertThat(eval(file.toString())).isZero();

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("line 2:").contains("line 4:").contains("line 5:").contains("line 7:")
                .doesNotContain("line 1:").doesNotContain("line 3:").doesNotContain("line 6:");
        List<String> lines = outLines();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("in-scope: 1/1 declined: 1/1");
    }

    @Test
    void aClarifyingQuestionCountsAsItsFirstCandidate() throws Exception {
        Path file = tmp.resolve("clarify.jsonl");
        Files.writeString(file, "{\"q\": \"jeg har glemt mit brugernavn\", \"expect\": [\"foraelder-brugernavn\", "
                + "\"foraelder-barns-brugernavn\", \"elev-brugernavn\"], \"kind\": \"para\"}\n", StandardCharsets.UTF_8);
        Path report = tmp.resolve("clarify.json");
        assertThat(eval(file.toString(), "--out", report.toString())).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(report.toFile()).get("results").get(0);
        assertThat(result.get("outcome").asString()).isEqualTo("CLARIFY");
        assertThat(result.get("got").asString()).endsWith("brugernavn");
    }

    @Test
    void explainPrintsEachQuestionWithTheMatchersStages() throws Exception {
        Path file = tmp.resolve("explain.jsonl");
        Files.writeString(file, "{\"q\": \"min søn har glemt koden til sin playstation\", \"expect\": [\"none\"], "
                + "\"kind\": \"oos\"}\n", StandardCharsets.UTF_8);
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();
        int code = new EvalCommand(() -> bot, m -> knowledge.explain(m).text(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {file.toString(), "--explain"});

        assertThat(code).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("RIGHT line 1 [oos]").contains("> min søn har glemt koden til sin playstation")
                .contains("read").contains("candidates").contains("foreign topic").contains("decide     NONE");
        List<String> lines = outLines();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("in-scope: 0/0 declined: 1/1");
    }

    @Test
    void explainShowsTheMessageAsTheBotReadsIt() throws Exception {
        Path file = tmp.resolve("greeting.jsonl");
        Files.writeString(file, "{\"q\": \"Hej, min søn har glemt koden til sin playstation\", \"expect\": [\"none\"], "
                + "\"kind\": \"oos\"}\n", StandardCharsets.UTF_8);
        int code = new EvalCommand(() -> bot, new MatcherExplainer(KnowledgeLoader.loadBundled()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {file.toString(), "--explain"});

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("read as     \"min søn har glemt koden til sin playstation\"")
                .contains("decide     NONE");
    }

    @Test
    void aMissingFileIsAClearErrorNotACrash() {
        assertThat(eval(tmp.resolve("nope.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");
        assertThat(eval()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: eval FILE.jsonl [--out report.json]");
    }
}
