package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Direct Line turns through the same {@link TurnProcessor} as the web chat (which
 * redacts personal data first and records the turn under the channel {@code directline}),
 * and appends what was said to the conversation's {@link ActivityLog}: the user's echo first,
 * then the replies, each reply pointing at the echo with {@code replyToId}.
 */
final class DirectLineTurns {
    private final TurnProcessor turnProcessor;
    private final ActivityLog log;

    DirectLineTurns(TurnProcessor turnProcessor, ActivityLog log) {
        this.turnProcessor = turnProcessor;
        this.log = log;
    }

    /** Starts the conversation with the welcome; false when it had started already. */
    boolean start(DirectLineConversation conversation, String clientUserId, String locale) {
        synchronized (conversation) {
            if (conversation.started()) {
                return false;
            }
            conversation.start(clientUserId);
            Activity start = Activity.event(DirectLineActivity.CHANNEL_ID, conversation.id(), conversation.userId(),
                    Events.CONVERSATION_START, conversation.schoolId()).withLocale(locale);
            log.append(conversation.id(), replies(conversation, start, null));
            return true;
        }
    }

    /** Appends the echo, runs the turn and appends the replies; returns the echo's id. */
    String post(DirectLineConversation conversation, IncomingActivityReader.Incoming incoming) {
        synchronized (conversation) {
            if (incoming.echo() == null) {
                return conversation.id() + "|typing";
            }
            String echoId = log.append(conversation.id(), List.of(incoming.echo())).get(0).id();
            if (incoming.forBot() != null) {
                log.append(conversation.id(), replies(conversation, incoming.forBot(), echoId));
            }
            return echoId;
        }
    }

    /** Tells the bot the conversation is over, so it drops its state too. */
    void end(DirectLineConversation conversation) {
        turnProcessor.process(Activity.event(DirectLineActivity.CHANNEL_ID, conversation.id(), conversation.userId(),
                Events.CONVERSATION_END, null));
    }

    private List<DirectLineActivity> replies(DirectLineConversation conversation, Activity incoming, String replyToId) {
        List<DirectLineActivity> out = new ArrayList<>();
        List<SuggestedAction> lastActions = List.of();
        for (Activity reply : turnProcessor.process(incoming).replies()) {
            if (reply.isMessage() && reply.text() != null && !reply.text().isBlank()) {
                out.add(ReplyActivities.of(reply, conversation, replyToId));
                lastActions = reply.suggestedActions();
            }
        }
        conversation.offer(lastActions);
        return out;
    }
}
