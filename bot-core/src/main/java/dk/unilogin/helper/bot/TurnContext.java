package dk.unilogin.helper.bot;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.ActivityIds;
import dk.unilogin.helper.bot.activity.ActivityType;
import dk.unilogin.helper.bot.activity.ChannelAccount;
import dk.unilogin.helper.bot.activity.PassageRef;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.state.ConversationState;
import dk.unilogin.helper.knowledge.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything about one turn: the incoming activity (redacted once the privacy middleware has
 * run), the conversation's state, the replies sent so far and the trace of what was decided.
 * Lives for one turn and is confined to the thread that runs it.
 */
public final class TurnContext {
    private Activity incoming;
    private ConversationState state;
    private final Instant now;
    private final List<Activity> replies = new ArrayList<>();
    private boolean sensitiveDataRemoved;
    private boolean endConversation;
    private TurnTrace trace;
    private Boolean helpful;

    public TurnContext(Activity incoming, ConversationState state, Instant now) {
        this.incoming = Objects.requireNonNull(incoming, "incoming");
        this.state = Objects.requireNonNull(state, "state");
        this.now = Objects.requireNonNull(now, "now");
    }

    public Activity incoming() {
        return incoming;
    }

    /** Replaces the incoming activity; middleware uses it to hand on a redacted copy. */
    public void replaceIncoming(Activity redacted) {
        this.incoming = Objects.requireNonNull(redacted);
    }

    public ConversationState state() {
        return state;
    }

    public void state(ConversationState newState) {
        this.state = Objects.requireNonNull(newState);
    }

    public Language language() {
        return state.language();
    }

    public Instant now() {
        return now;
    }

    public boolean sensitiveDataRemoved() {
        return sensitiveDataRemoved;
    }

    public void markSensitiveDataRemoved() {
        this.sensitiveDataRemoved = true;
    }

    /** Asks the processor to forget the conversation after this turn. */
    public void endConversation() {
        this.endConversation = true;
    }

    public boolean conversationEnded() {
        return endConversation;
    }

    public void send(String text, List<SuggestedAction> actions, PassageRef source) {
        replies.add(Activity.builder(ActivityType.MESSAGE)
                .id(ActivityIds.next())
                .timestamp(now)
                .channelId(incoming.channelId())
                .conversationId(incoming.conversationId())
                .from(ChannelAccount.BOT)
                .locale(language().code())
                .text(text)
                .suggestedActions(actions)
                .source(source)
                .build());
    }

    public void send(String text, List<SuggestedAction> actions) {
        send(text, actions, null);
    }

    public void send(String text) {
        send(text, List.of(), null);
    }

    public boolean responded() {
        return !replies.isEmpty();
    }

    public List<Activity> replies() {
        return List.copyOf(replies);
    }

    public void trace(TurnOutcome outcome, String passageId, double confidence) {
        this.trace = new TurnTrace(outcome, passageId, confidence, language().code());
    }

    /** The trace set by the dialog; a turn that set none produced nothing worth recording. */
    public TurnTrace trace() {
        return trace != null ? trace : new TurnTrace(TurnOutcome.SILENT, null, 0, language().code());
    }

    public void helpful(boolean value) {
        this.helpful = value;
    }

    public Boolean helpful() {
        return helpful;
    }
}
