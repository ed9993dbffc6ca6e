package dk.unilogin.helper.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * How the matcher read one message, stage by stage (read, candidates, score, adjust, decide),
 * and what it decided: for {@code eval --explain} and the debug mode of {@code chat}.
 */
public record MatchExplanation(MatchResult result, List<String> lines) {
    public MatchExplanation {
        Objects.requireNonNull(result, "result");
        lines = List.copyOf(lines);
    }

    /** The lines, one a stage or one a detail under it, ready to print. */
    public String text() {
        return String.join("\n", lines);
    }
}
