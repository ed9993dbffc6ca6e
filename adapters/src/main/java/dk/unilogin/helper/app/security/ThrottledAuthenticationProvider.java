package dk.unilogin.helper.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the admin credentials, but not from an address locked out by
 * {@link FailedLoginLimiter}: there even the right password is refused until the lockout ends.
 * Failures and successes are counted by {@link LoginAttemptListener} from Spring Security's events.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider credentials;
    private final FailedLoginLimiter limiter;

    ThrottledAuthenticationProvider(AuthenticationProvider credentials, FailedLoginLimiter limiter) {
        this.credentials = credentials;
        this.limiter = limiter;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = addressOf(authentication);
        var locked = limiter.lockedFor(address);
        if (locked.isPresent()) {
            throw new LoginLockedException(locked.get());
        }
        return credentials.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return credentials.supports(authentication);
    }

    /** Logins without a known address share one allowance, so they are throttled too. */
    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
