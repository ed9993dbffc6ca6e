package dk.unilogin.helper.app.web.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The open web chat conversations, each reachable only with the token handed out when it was
 * opened. Held in memory by default, or in Redis so that every instance serves every conversation.
 */
public interface ConversationRegistry {
    /** What a conversation id must look like; anything else is unknown without a lookup. */
    Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Compared against when the conversation is unknown, so both paths do the same work. */
    byte[] NO_TOKEN_HASH = AccessTokens.hash("");

    /** Opens a conversation; empty when no more can be held. */
    Optional<OpenedConversation> open(String schoolId, String locale);

    /**
     * The conversation if it exists, has not expired and {@code token} is its token; empty
     * otherwise, without saying which of these failed. Counts as use: the idle time starts again.
     */
    Optional<WebConversation> authorize(String id, String token);

    /** Forgets the conversations idle beyond the timeout and returns them (none where the store expires them itself). */
    List<WebConversation> removeExpired();

    /** A newly opened conversation and its token, which is shown to the client exactly once. */
    record OpenedConversation(WebConversation conversation, String token) {
    }
}
