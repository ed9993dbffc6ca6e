package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.web.api.ApiProblem;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.state.TurnLock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Runs Direct Line turns through the same {@link TurnProcessor} as the web chat (which
 * redacts personal data first and records the turn under the channel {@code directline}),
 * and appends what was said to the conversation's {@link ActivityLog}: the user's echo first,
 * then the replies, each reply pointing at the echo with {@code replyToId}.
 *
 * <p>A conversation's turns run one at a time under the bot's own turn lock for it (with
 * {@code bot.store=redis}, the lock in Redis that holds across instances), which also covers
 * the bot's turn inside: the echo and its replies stay together, and the conversation is read
 * afresh under the lock, so two instances never both send the welcome or act on stale buttons.
 */
final class DirectLineTurns {
    private final TurnProcessor turnProcessor;
    private final ActivityLog log;
    private final DirectLineConversations conversations;
    private final IncomingActivityReader reader;
    private final TurnLock lock;

    DirectLineTurns(TurnProcessor turnProcessor, ActivityLog log, DirectLineConversations conversations,
                    IncomingActivityReader reader, TurnLock lock) {
        this.turnProcessor = turnProcessor;
        this.log = log;
        this.conversations = conversations;
        this.reader = reader;
        this.lock = lock;
    }

    /** Starts the conversation with the welcome; false when it had started already. */
    boolean start(DirectLineConversation conversation, String clientUserId, String locale) {
        return underLock(conversation, current -> startLocked(current, clientUserId, locale));
    }

    /**
     * Reads the posted activity, appends its echo, runs the turn and appends the replies (starting
     * the conversation first if the client never did); returns the echo's id.
     */
    String post(DirectLineConversation conversation, JsonNode body) {
        return underLock(conversation, current -> {
            startLocked(current, null, current.locale());
            IncomingActivityReader.Incoming incoming = reader.read(body, current);
            if (incoming.echo() == null) {
                return current.id() + "|typing";
            }
            String echoId = log.append(current.id(), List.of(incoming.echo())).get(0).id();
            if (incoming.forBot() != null) {
                log.append(current.id(), replies(current, incoming.forBot(), echoId));
                conversations.save(current);
            }
            return echoId;
        });
    }

    /** Tells the bot the conversation is over, so it drops its state too. */
    void end(DirectLineConversation conversation) {
        turnProcessor.process(Activity.event(DirectLineActivity.CHANNEL_ID, conversation.id(), conversation.userId(),
                Events.CONVERSATION_END, null));
    }

    private <T> T underLock(DirectLineConversation conversation, Function<DirectLineConversation, T> turn) {
        String key = DirectLineActivity.CHANNEL_ID + '\u001f' + conversation.id();
        return lock.withLock(key, () -> turn.apply(conversations.find(conversation.id()).orElseThrow(
                () -> ApiProblem.notFound("conversation-ended", "The conversation has ended. Start a new one."))));
    }

    private boolean startLocked(DirectLineConversation conversation, String clientUserId, String locale) {
        if (conversation.started()) {
            return false;
        }
        conversation.start(clientUserId);
        Activity start = Activity.event(DirectLineActivity.CHANNEL_ID, conversation.id(), conversation.userId(),
                Events.CONVERSATION_START, conversation.schoolId()).withLocale(locale);
        log.append(conversation.id(), replies(conversation, start, null));
        conversations.save(conversation);
        return true;
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
