package dk.unilogin.helper.app.directline;

import java.time.Duration;
import java.time.Instant;

/**
 * Where {@link DirectLineTokens} keeps what each token grants, by the token's hash: in this
 * instance's memory, or in Redis with {@code bot.store=redis} so that a token issued or
 * refreshed on one instance is good on every other.
 */
interface TokenGrants {

    /** Keeps the grant for {@code keep}: past its expiry, so that the token answers "expired", not "invalid". */
    void put(String tokenHash, DirectLineTokens.Grant grant, Duration keep);

    /** The grant of a token, or null when it is unknown or forgotten. */
    DirectLineTokens.Grant get(String tokenHash);

    /** Forgets the grants that ran out before {@code before} (a store that expires them itself: nothing to do). */
    void removeExpiredBefore(Instant before);
}
