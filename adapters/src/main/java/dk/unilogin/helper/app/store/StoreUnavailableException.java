package dk.unilogin.helper.app.store;

/**
 * The shared store (Redis) did not answer in time or refused the call. The request cannot be
 * served now but may be tried again in a few seconds: the API answers 503 with Retry-After.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String what, Throwable cause) {
        // The cause's message names only Redis's address or state, never a value we stored.
        super(what + ": " + cause.getClass().getSimpleName(), cause);
    }

    public StoreUnavailableException(String what) {
        super(what);
    }
}
