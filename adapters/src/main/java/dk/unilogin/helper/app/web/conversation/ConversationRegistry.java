package dk.unilogin.helper.app.web.conversation;

import dk.unilogin.helper.app.web.WebChatProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The open web chat conversations, each reachable only with the token handed out when it
 * was opened. Conversations idle longer than the configured timeout are forgotten; the
 * number held is capped so that a flood of new conversations cannot exhaust memory.
 */
public final class ConversationRegistry {
    private static final Pattern ID_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Compared against when the conversation is unknown, so both paths do the same work. */
    private static final byte[] NO_TOKEN_HASH = AccessTokens.hash("");

    private final ConcurrentMap<String, WebConversation> conversations = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final int maxConversations;
    private final Clock clock;

    public ConversationRegistry(WebChatProperties properties, Clock clock) {
        this.idleTimeout = properties.conversationIdleTimeout();
        this.maxConversations = properties.maxConversations();
        this.clock = clock;
    }

    /** Opens a conversation; empty when the registry is full even after dropping expired ones. */
    public Optional<OpenedConversation> open(String schoolId, String locale) {
        if (conversations.size() >= maxConversations) {
            removeExpired();
            if (conversations.size() >= maxConversations) {
                return Optional.empty();
            }
        }
        String token = AccessTokens.random(32);
        WebConversation conversation = new WebConversation(AccessTokens.random(16), "web-" + AccessTokens.random(12),
                schoolId, locale, AccessTokens.hash(token), clock.instant());
        conversations.put(conversation.id(), conversation);
        return Optional.of(new OpenedConversation(conversation, token));
    }

    /**
     * The conversation if it exists, has not expired and {@code token} is its token; empty
     * otherwise, without saying which of these failed.
     */
    public Optional<WebConversation> authorize(String id, String token) {
        byte[] presented = AccessTokens.hash(token == null ? "" : token);
        WebConversation conversation = id != null && ID_SHAPE.matcher(id).matches() ? conversations.get(id) : null;
        if (conversation == null) {
            AccessTokens.sameHash(NO_TOKEN_HASH, presented);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!conversation.tokenMatches(presented) || isExpired(conversation, now)) {
            return Optional.empty();
        }
        conversation.touch(now);
        return Optional.of(conversation);
    }

    /** Forgets the conversations idle beyond the timeout and returns them. */
    public List<WebConversation> removeExpired() {
        Instant now = clock.instant();
        List<WebConversation> removed = new ArrayList<>();
        conversations.values().removeIf(c -> {
            boolean expired = isExpired(c, now);
            if (expired) {
                removed.add(c);
            }
            return expired;
        });
        return removed;
    }

    public int size() {
        return conversations.size();
    }

    private boolean isExpired(WebConversation conversation, Instant now) {
        return conversation.lastActive().plus(idleTimeout).isBefore(now);
    }

    /** A newly opened conversation and its token, which is shown to the client exactly once. */
    public record OpenedConversation(WebConversation conversation, String token) {
    }
}
