package dk.unilogin.helper.app.directline;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Token grants in this instance's memory, forgotten by {@link DirectLineExpiry} once a minute. */
final class InMemoryTokenGrants implements TokenGrants {
    private final ConcurrentMap<String, DirectLineTokens.Grant> grants = new ConcurrentHashMap<>();

    @Override
    public void put(String tokenHash, DirectLineTokens.Grant grant, Duration keep) {
        grants.put(tokenHash, grant);
    }

    @Override
    public DirectLineTokens.Grant get(String tokenHash) {
        return grants.get(tokenHash);
    }

    @Override
    public void removeExpiredBefore(Instant before) {
        grants.values().removeIf(grant -> grant.expiresAt().isBefore(before));
    }
}
