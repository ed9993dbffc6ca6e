package dk.unilogin.helper.app.web.conversation;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idle conversations once a minute and tells the bot each one has ended, so that
 * the bot can drop that conversation's state as well.
 */
@Component
class ConversationExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationExpiry.class);

    private final ConversationRegistry registry;
    private final TurnProcessor turnProcessor;

    ConversationExpiry(ConversationRegistry registry, TurnProcessor turnProcessor) {
        this.registry = registry;
        this.turnProcessor = turnProcessor;
    }

    @Scheduled(fixedDelayString = "${bot.web.expiry-check-interval:60s}")
    void removeExpired() {
        var removed = registry.removeExpired();
        for (WebConversation conversation : removed) {
            turnProcessor.process(Activity.event(WebChannel.ID, conversation.id(), conversation.userId(),
                    Events.CONVERSATION_END, null));
        }
        if (!removed.isEmpty()) {
            LOG.debug("Expired {} idle web conversations", removed.size());
        }
    }
}
