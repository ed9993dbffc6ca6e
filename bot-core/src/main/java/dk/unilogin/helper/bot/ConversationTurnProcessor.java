package dk.unilogin.helper.bot;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.dialog.ErrorReply;
import dk.unilogin.helper.bot.middleware.MiddlewarePipeline;
import dk.unilogin.helper.bot.state.ConversationState;
import dk.unilogin.helper.bot.state.ConversationStateStore;
import dk.unilogin.helper.bot.state.TurnLock;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;

/**
 * Runs one turn: takes the conversation's lock, loads its state, runs the middleware and the
 * bot, saves the new state. A failure in the bot costs the user one apology, not the
 * conversation: the state from before the turn is kept.
 */
final class ConversationTurnProcessor implements TurnProcessor {
    private static final System.Logger LOG = System.getLogger(ConversationTurnProcessor.class.getName());

    private final Bot bot;
    private final MiddlewarePipeline pipeline;
    private final ConversationStateStore store;
    private final Clock clock;
    private final TurnLock locks;

    ConversationTurnProcessor(Bot bot, MiddlewarePipeline pipeline, ConversationStateStore store, TurnLock locks,
            Clock clock) {
        this.bot = bot;
        this.locks = locks;
        this.pipeline = pipeline;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public TurnResult process(Activity incoming) {
        Objects.requireNonNull(incoming, "incoming");
        String key = incoming.channelId() + '\u001f' + incoming.conversationId();
        return locks.withLock(key, () -> turn(key, incoming));
    }

    private TurnResult turn(String key, Activity incoming) {
        ConversationState before = store.load(key).orElse(ConversationState.NEW);
        TurnContext ctx = new TurnContext(incoming, before, clock.instant());
        try {
            pipeline.run(ctx, bot);
        } catch (RuntimeException e) {
            // the exception's message could quote the user's words: log where it failed, not what it said
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            LOG.log(Level.ERROR, "turn failed in conversation " + incoming.conversationId() + ": "
                    + e.getClass().getName() + " at " + at);
            return ErrorReply.of(incoming, before, clock.instant());
        }
        if (ctx.conversationEnded()) {
            store.remove(key);
        } else {
            store.save(key, ctx.state());
        }
        return new TurnResult(ctx.replies(), ctx.trace());
    }
}
