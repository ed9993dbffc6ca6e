package dk.unilogin.helper.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One branch of a step that forks, like the password guide's 2a/2b:
 * {@code label} "a", {@code condition} "Hvis I kender den nuværende adgangskode",
 * {@code instructions} what to do then (light Markdown), in order.
 */
public record Choice(String label, String condition, List<String> instructions) {
    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(condition, "condition");
        instructions = List.copyOf(instructions);
    }
}
