package dk.unilogin.helper.bot.state;

import java.util.Optional;

/**
 * Keeps each conversation's state between turns, by conversation key. The processor
 * serializes the turns of one conversation, so implementations need only be safe for
 * concurrent use across different keys.
 */
public interface ConversationStateStore {
    Optional<ConversationState> load(String conversationKey);

    void save(String conversationKey, ConversationState state);

    void remove(String conversationKey);

    /** How many conversations are held now. */
    int size();
}
