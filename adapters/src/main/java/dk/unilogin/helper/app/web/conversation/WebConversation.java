package dk.unilogin.helper.app.web.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One open web chat conversation. The access token is held only as its SHA-256 hash, so a
 * memory dump or a debug log of the registry cannot be replayed against the API.
 */
public final class WebConversation {
    private final String id;
    private final String userId;
    private final String schoolId;
    private final String locale;
    private final byte[] tokenHash;
    private volatile Instant lastActive;

    WebConversation(String id, String userId, String schoolId, String locale, byte[] tokenHash, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.schoolId = schoolId;
        this.locale = Objects.requireNonNull(locale);
        this.tokenHash = tokenHash.clone();
        this.lastActive = now;
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    /** The school the widget was embedded for, or null. */
    public String schoolId() {
        return schoolId;
    }

    public String locale() {
        return locale;
    }

    boolean tokenMatches(byte[] presentedHash) {
        return AccessTokens.sameHash(tokenHash, presentedHash);
    }

    byte[] tokenHash() {
        return tokenHash.clone();
    }

    Instant lastActive() {
        return lastActive;
    }

    void touch(Instant now) {
        lastActive = now;
    }
}
