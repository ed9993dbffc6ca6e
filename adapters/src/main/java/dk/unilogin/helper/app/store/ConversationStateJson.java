package dk.unilogin.helper.app.store;

import dk.unilogin.helper.bot.state.ConversationState;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Conversation state as JSON for Redis. Unknown fields are ignored, so that during a rolling
 * deploy an older instance can read what a newer one wrote; a value that cannot be read at all
 * counts as no state (the conversation starts over) rather than failing every later turn.
 */
final class ConversationStateJson {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationStateJson.class);

    String write(ConversationState state) {
        return StoredJson.write(state);
    }

    Optional<ConversationState> read(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StoredJson.readOrFail(json, ConversationState.class));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            // Not the value itself: state holds only redacted text, but a log line needs none of it.
            LOG.warn("Unreadable conversation state in Redis ({}); the conversation starts over",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
