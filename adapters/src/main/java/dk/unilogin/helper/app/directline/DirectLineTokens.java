package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.web.conversation.AccessTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Opaque Direct Line tokens: a conversation token (posts, polls, refresh) and a stream
 * ticket (only opens the conversation's WebSocket, travels in its URL). Only their SHA-256
 * is held, in {@link TokenGrants}. An expired token is told apart from an unknown one, because Web Chat reacts to
 * the first with a refresh and the status "expired token".
 */
final class DirectLineTokens {
    enum Kind { CONVERSATION, STREAM }

    /** What a token grants: one conversation, of one kind, until a time. */
    record Grant(String conversationId, Kind kind, Instant expiresAt) {
    }

    /** The outcome of checking a presented token. */
    sealed interface Check permits Valid, Expired, Invalid {
    }

    record Valid(Grant grant) implements Check {
    }

    record Expired() implements Check {
    }

    record Invalid() implements Check {
    }

    private final TokenGrants grants;
    private final Duration lifetime;
    private final Clock clock;

    DirectLineTokens(TokenGrants grants, Duration lifetime, Clock clock) {
        this.grants = grants;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A new token for the conversation, shown to the client once. */
    String issue(String conversationId, Kind kind) {
        String token = AccessTokens.random(32);
        // Kept a lifetime past its expiry, so that it answers "expired" (Web Chat refreshes) rather than "invalid".
        grants.put(key(token), new Grant(conversationId, kind, clock.instant().plus(lifetime)),
                lifetime.multipliedBy(2));
        return token;
    }

    Check check(String token, Kind kind) {
        Grant grant = token == null || token.isBlank() ? null : grants.get(key(token));
        if (grant == null || grant.kind() != kind) {
            return new Invalid();
        }
        return grant.expiresAt().isAfter(clock.instant()) ? new Valid(grant) : new Expired();
    }

    /** Seconds until a grant runs out, as {@code expires_in}. */
    long secondsLeft(Grant grant) {
        return Math.max(0, Duration.between(clock.instant(), grant.expiresAt()).toSeconds());
    }

    long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /** Forgets tokens a while after they ran out; until then they answer "expired". */
    void removeExpired() {
        grants.removeExpiredBefore(clock.instant().minus(lifetime));
    }

    private static String key(String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(AccessTokens.hash(token));
    }
}
