package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the stages write what they did to a message, when someone asks. The matcher's
 * ordinary calls pass {@link #OFF}, which keeps nothing, so a stage builds a line only
 * after checking {@link #on()}.
 */
public final class ExplainLog {
    static final ExplainLog OFF = new ExplainLog(false);
    private static final int STAGE_WIDTH = 11;

    private final boolean on;
    private final List<String> lines = new ArrayList<>();

    private ExplainLog(boolean on) {
        this.on = on;
    }

    static ExplainLog recording() {
        return new ExplainLog(true);
    }

    boolean on() {
        return on;
    }

    /** One line under a stage's name. */
    void add(String stage, String line) {
        if (on) {
            lines.add(String.format("%-" + STAGE_WIDTH + "s%s", stage, line));
        }
    }

    List<String> lines() {
        return lines;
    }
}
