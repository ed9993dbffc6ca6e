package dk.unilogin.helper.app.web.conversation;

import dk.unilogin.helper.app.ConversationProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The open web chat conversations in this process's memory (the default store). Conversations
 * idle longer than the configured timeout are forgotten; the number held is capped so that a
 * flood of new conversations cannot exhaust memory.
 */
public final class InMemoryConversationRegistry implements ConversationRegistry {

    private final ConcurrentMap<String, WebConversation> conversations = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final int maxConversations;
    private final Clock clock;

    public InMemoryConversationRegistry(ConversationProperties properties, Clock clock) {
        this.idleTimeout = properties.idleExpiry();
        this.maxConversations = properties.max();
        this.clock = clock;
    }

    @Override
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

    @Override
    public Optional<WebConversation> authorize(String id, String token) {
        byte[] presented = AccessTokens.hash(token == null ? "" : token);
        WebConversation conversation = WELL_FORMED_ID.matcher(id == null ? "" : id).matches()
                ? conversations.get(id) : null;
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

    @Override
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
}
