package dk.unilogin.helper.app.store;

import dk.unilogin.helper.bot.state.ConversationState;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversation state as JSON for Redis. Unknown fields are ignored, so that during a rolling
 * deploy an older instance can read what a newer one wrote; a value that cannot be read at all
 * counts as no state (the conversation starts over) rather than failing every later turn.
 */
final class ConversationStateJson {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationStateJson.class);

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(ConversationState state) {
        return mapper.writeValueAsString(state);
    }

    Optional<ConversationState> read(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(json, ConversationState.class));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            // Not the value itself: state holds only redacted text, but a log line needs none of it.
            LOG.warn("Unreadable conversation state in Redis ({}); the conversation starts over",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
