package dk.unilogin.helper.app.directline;

import java.util.List;
import java.util.Optional;

/**
 * The open Direct Line conversations: in this instance's memory, or in Redis with
 * {@code bot.store=redis} so that any instance serves any of them.
 */
interface DirectLineConversations {

    /** A new conversation, or empty when no more may be opened now. */
    Optional<DirectLineConversation> create(String schoolId, String locale);

    /** The conversation if it is still open; using it counts as activity. */
    Optional<DirectLineConversation> find(String id);

    /** Keeps what a turn changed (started, user id, buttons offered). */
    void save(DirectLineConversation conversation);

    /** Removes and returns the conversations idle beyond the timeout (a store that expires them itself: none). */
    List<DirectLineConversation> removeIdle();
}
