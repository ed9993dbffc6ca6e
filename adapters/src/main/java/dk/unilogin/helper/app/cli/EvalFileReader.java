package dk.unilogin.helper.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an evaluation file, one JSON object a line ({@code q}, {@code expect}, {@code kind}).
 * A malformed line is reported with its line number and skipped; blank lines are ignored.
 */
final class EvalFileReader {
    private final JsonMapper json = JsonMapper.builder().build();
    private final PrintStream err;

    EvalFileReader(PrintStream err) {
        this.err = err;
    }

    List<EvalQuestion> read(BufferedReader in) throws IOException {
        List<EvalQuestion> questions = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                questions.add(parse(number, line));
            } catch (JacksonException | IllegalArgumentException e) {
                err.println("line " + number + ": skipped, " + problem(e));
            }
        }
        return questions;
    }

    private EvalQuestion parse(int number, String line) {
        JsonNode node = json.readTree(line);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode q = node.get("q");
        if (q == null || !q.isString() || q.asString().isBlank()) {
            throw new IllegalArgumentException("\"q\" must be a non-empty string");
        }
        JsonNode expect = node.get("expect");
        if (expect == null || !expect.isArray() || expect.isEmpty()) {
            throw new IllegalArgumentException("\"expect\" must be a non-empty array of passage ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : expect) {
            if (!id.isString() || id.asString().isBlank()) {
                throw new IllegalArgumentException("\"expect\" must hold passage ids as strings");
            }
            ids.add(id.asString());
        }
        JsonNode kind = node.get("kind");
        String kindName = kind != null && kind.isString() && !kind.asString().isBlank() ? kind.asString() : "unknown";
        return new EvalQuestion(number, q.asString(), ids, kindName);
    }

    private static String problem(Exception e) {
        if (e instanceof JacksonException je) {
            return "not valid JSON: " + je.getOriginalMessage();
        }
        return e.getMessage();
    }
}
