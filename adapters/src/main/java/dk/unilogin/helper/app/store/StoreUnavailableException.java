package dk.unilogin.helper.app.store;

/**
 * The shared store (Redis) did not answer in time or refused the call. The request cannot be
 * served now but may be tried again in a few seconds: the API answers 503 with Retry-After.
 */
public final class StoreUnavailableException extends RuntimeException {
    /** Redis restarts or fails over in a few seconds; clients are asked to wait that long. */
    public static final long RETRY_AFTER_SECONDS = 5;

    public StoreUnavailableException(String what, Throwable cause) {
        // The cause's message names only Redis's address or state, never a value we stored.
        super(what + ": " + cause.getClass().getSimpleName(), cause);
    }

    public StoreUnavailableException(String what) {
        super(what);
    }
}
