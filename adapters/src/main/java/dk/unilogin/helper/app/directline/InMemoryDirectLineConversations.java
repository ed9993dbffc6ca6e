package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.web.conversation.AccessTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Direct Line conversations of this instance, created when a token is generated. The
 * number held is capped; those idle beyond the timeout are removed by {@link #removeIdle()}.
 */
final class InMemoryDirectLineConversations implements DirectLineConversations {
    private final ConcurrentMap<String, DirectLineConversation> conversations = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final int max;
    private final Clock clock;

    InMemoryDirectLineConversations(Duration idleTimeout, int max, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.max = max;
        this.clock = clock;
    }

    /** A new conversation, or empty when full (idle ones are removed once a minute by the expiry). */
    @Override
    public Optional<DirectLineConversation> create(String schoolId, String locale) {
        if (conversations.size() >= max) {
            return Optional.empty();
        }
        DirectLineConversation conversation = new DirectLineConversation(AccessTokens.random(16), schoolId, locale,
                clock.instant());
        conversations.put(conversation.id(), conversation);
        return Optional.of(conversation);
    }

    @Override
    public Optional<DirectLineConversation> find(String id) {
        DirectLineConversation conversation = id == null ? null : conversations.get(id);
        if (conversation == null) {
            return Optional.empty();
        }
        conversation.touch(clock.instant());
        return Optional.of(conversation);
    }

    /** The conversation is this object itself: nothing to write. */
    @Override
    public void save(DirectLineConversation conversation) {
    }

    @Override
    public List<DirectLineConversation> removeIdle() {
        Instant cutoff = clock.instant().minus(idleTimeout);
        List<DirectLineConversation> removed = new ArrayList<>();
        conversations.values().removeIf(c -> {
            boolean idle = c.lastActive().isBefore(cutoff);
            if (idle) {
                removed.add(c);
            }
            return idle;
        });
        return removed;
    }

    int size() {
        return conversations.size();
    }
}
