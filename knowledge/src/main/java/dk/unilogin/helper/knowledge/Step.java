package dk.unilogin.helper.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One numbered step of a guide. {@code text} is light Markdown. A step may fork into
 * {@code choices} (ask the user which applies) and may carry {@code notes} ("Bemærk: …").
 */
public record Step(int number, String text, List<Choice> choices, List<String> notes) {
    public Step {
        if (number < 1) {
            throw new IllegalArgumentException("step number must be positive: " + number);
        }
        Objects.requireNonNull(text, "text");
        choices = List.copyOf(choices);
        notes = List.copyOf(notes);
    }

    public boolean hasChoices() {
        return !choices.isEmpty();
    }
}
