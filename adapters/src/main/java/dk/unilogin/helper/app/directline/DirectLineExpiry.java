package dk.unilogin.helper.app.directline;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a minute ends idle Direct Line conversations (their streams close, the bot drops their
 * state) and forgets long-expired tokens.
 */
final class DirectLineExpiry {
    private final DirectLineConversations conversations;
    private final DirectLineTokens tokens;
    private final ActivityLog log;
    private final DirectLineTurns turns;

    DirectLineExpiry(DirectLineConversations conversations, DirectLineTokens tokens, ActivityLog log,
                     DirectLineTurns turns) {
        this.conversations = conversations;
        this.tokens = tokens;
        this.log = log;
        this.turns = turns;
    }

    @Scheduled(fixedDelayString = "${bot.web.expiry-check-interval:60s}")
    void removeIdle() {
        for (DirectLineConversation conversation : conversations.removeIdle()) {
            log.forget(conversation.id());
            if (conversation.started()) {
                turns.end(conversation);
            }
        }
        tokens.removeExpired();
    }
}
