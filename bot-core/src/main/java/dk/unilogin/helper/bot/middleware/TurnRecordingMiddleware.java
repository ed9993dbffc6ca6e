package dk.unilogin.helper.bot.middleware;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnTrace;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.insights.TurnRecord;
import dk.unilogin.helper.bot.insights.TurnRecorder;
import java.lang.System.Logger.Level;

/**
 * Hands every completed turn to the recorder, after the privacy middleware has redacted it.
 * A recorder that throws is logged (without the text) and ignored: the user keeps the answer.
 */
public final class TurnRecordingMiddleware implements Middleware {
    private static final System.Logger LOG = System.getLogger(TurnRecordingMiddleware.class.getName());

    private final TurnRecorder recorder;

    public TurnRecordingMiddleware(TurnRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void onTurn(TurnContext context, Runnable next) {
        next.run();
        TurnTrace trace = context.trace();
        if (trace.outcome() == TurnOutcome.SILENT && !context.responded()) {
            return;
        }
        Activity in = context.incoming();
        // a message's words (or its pressed button); an event carries no words of the user
        String text = !in.isMessage() ? null : in.text() != null ? in.text() : in.value();
        try {
            recorder.record(new TurnRecord(context.now(), in.channelId(), in.conversationId(),
                    context.state().schoolId(), text, trace.outcome(), trace.passageId(), trace.confidence(),
                    context.helpful()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "turn recorder failed: " + e.getClass().getName());
        }
    }
}
