package dk.unilogin.helper.app.cli;

import dk.unilogin.helper.bot.TurnProcessor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval FILE.jsonl [--out report.json] [--explain]}: answers every question through the bot, writes
 * per-question results to {@code --out}, with {@code --explain} prints each question with the
 * matcher's stages, prints a breakdown by kind and ends with exactly one
 * line {@code in-scope: X/Y declined: A/B}. Exit 0 when evaluated; 2 for a usage or file error.
 */
public final class EvalCommand {
    private final Supplier<TurnProcessor> bot;
    private final Function<String, String> explainer;
    private final PrintStream out;
    private final PrintStream err;

    public EvalCommand(Supplier<TurnProcessor> bot, PrintStream out, PrintStream err) {
        this(bot, null, out, err);
    }

    /** With an {@code explainer} (message → the matcher's stages), {@code --explain} prints them per question. */
    public EvalCommand(Supplier<TurnProcessor> bot, Function<String, String> explainer, PrintStream out, PrintStream err) {
        this.bot = bot;
        this.explainer = explainer;
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        Path file = null;
        Path report = null;
        boolean explain = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                report = Path.of(args[++i]);
            } else if (args[i].equals("--explain") && explainer != null) {
                explain = true;
            } else if (file == null && !args[i].startsWith("--")) {
                file = Path.of(args[i]);
            } else {
                return usage("unexpected argument: " + args[i]);
            }
        }
        if (file == null) {
            return usage("no question file given");
        }
        List<EvalQuestion> questions;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            questions = new EvalFileReader(err).read(in);
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        EvalReport result = new EvalRunner(bot.get()).run(questions);
        if (explain) {
            explain(result);
        }
        if (report != null && !write(result, report)) {
            return 2;
        }
        result.byKind().forEach((kind, tally) -> out.println(kind + ": " + tally[0] + "/" + tally[1]));
        out.println(result.summaryLine());
        return 0;
    }

    /** Each question, right or wrong, what the bot answered, and the matcher's stages. */
    private void explain(EvalReport result) {
        for (EvalResult r : result.results()) {
            out.println((r.correct() ? "RIGHT" : "WRONG") + " line " + r.line() + " [" + r.kind() + "] expected "
                    + r.expected() + ", bot: " + r.outcome() + " " + r.got());
            out.println("  > " + r.question());
            explainer.apply(r.question()).lines().forEach(line -> out.println("  " + line));
            out.println();
        }
    }

    private boolean write(EvalReport result, Path report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inScope", Map.of("right", result.inScopeRight(), "total", result.inScopeTotal()));
        json.put("declined", Map.of("right", result.declinedRight(), "total", result.declinedTotal()));
        Map<String, Object> kinds = new LinkedHashMap<>();
        result.byKind().forEach((kind, tally) -> kinds.put(kind, Map.of("right", tally[0], "total", tally[1])));
        json.put("byKind", kinds);
        json.put("results", result.results());
        try {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(report.toFile(), json);
            return true;
        } catch (RuntimeException | IOException e) {
            err.println("cannot write " + report + ": " + e.getMessage());
            return false;
        }
    }

    private int usage(String problem) {
        err.println(problem);
        err.println("usage: eval FILE.jsonl [--out report.json] [--explain]");
        return 2;
    }
}
