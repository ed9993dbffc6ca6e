package dk.unilogin.helper.bot;

import dk.unilogin.helper.bot.activity.Activity;
import java.util.List;
import java.util.Objects;

/** The replies to one incoming activity, in order, and the trace of what was decided. */
public record TurnResult(List<Activity> replies, TurnTrace trace) {
    public TurnResult {
        replies = List.copyOf(replies);
        Objects.requireNonNull(trace, "trace");
    }
}
