package dk.unilogin.helper.app.cli;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.activity.Activity;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts each question to the bot as the first message of a new conversation, through the
 * same {@link TurnProcessor} the chat channels use. The passage the answer was built from
 * (for a clarifying question its first candidate) is what the bot "got"; none otherwise.
 */
final class EvalRunner {
    static final String CHANNEL = "eval";

    private final TurnProcessor bot;

    EvalRunner(TurnProcessor bot) {
        this.bot = bot;
    }

    EvalReport run(List<EvalQuestion> questions) {
        List<EvalResult> results = new ArrayList<>();
        for (EvalQuestion q : questions) {
            String conversation = "eval-" + q.line() + "-" + System.nanoTime();
            TurnResult turn = bot.process(Activity.userMessage(CHANNEL, conversation, "eval", q.question()));
            String got = turn.trace().passageId() != null ? turn.trace().passageId() : EvalQuestion.NONE;
            boolean correct = q.expectsNone() ? got.equals(EvalQuestion.NONE) : q.expect().contains(got);
            results.add(new EvalResult(q.line(), q.question(), q.kind(), q.expect(), got,
                    turn.trace().outcome().name(), turn.trace().confidence(), correct));
        }
        return new EvalReport(results);
    }
}
