package dk.unilogin.helper.bot.privacy;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A text going through redaction steps in turn, each on the text the one before left, with the
 * {@link Prescan} of the text as it stands: scanned again only after a step changed it.
 */
public final class PrescannedText {
    private final Function<String, Prescan> scanner;
    private String text;
    private Prescan scan;
    private boolean changed;

    public PrescannedText(String text, Function<String, Prescan> scanner) {
        this.scanner = scanner;
        this.text = text;
        this.scan = scanner.apply(text);
    }

    /** Runs {@code step} on the text as it stands, with its scan. */
    public void redact(BiFunction<String, Prescan, Redaction> step) {
        Redaction redaction = step.apply(text, scan);
        if (redaction.removedSomething()) {
            text = redaction.text();
            scan = scanner.apply(text);
            changed = true;
        }
    }

    /** Runs {@code pattern} on the text as it stands when its scan says the pattern can match. */
    public void replace(Predicate<Prescan> canMatch, UnaryOperator<String> pattern) {
        redact((current, currentScan) -> {
            if (!canMatch.test(currentScan)) {
                return new Redaction(current, false);
            }
            String next = pattern.apply(current);
            return new Redaction(next, !next.equals(current));
        });
    }

    public String text() {
        return text;
    }

    /** Whether any step changed the text. */
    public boolean changed() {
        return changed;
    }
}
