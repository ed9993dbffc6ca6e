package dk.unilogin.helper.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Counts admin logins where the credentials were checked: every failure Spring Security
 * reports counts against the client's address, a success clears it.
 */
final class LoginAttemptListener {
    private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);
    private final FailedLoginLimiter limiter;

    LoginAttemptListener(FailedLoginLimiter limiter) {
        this.limiter = limiter;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginLockedException) {
            return; // refused before any check: nothing was guessed
        }
        if (limiter.failed(ThrottledAuthenticationProvider.addressOf(event.getAuthentication()))) {
            log.warn("Admin login locked for a while after repeated failures from one address");
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        limiter.succeeded(ThrottledAuthenticationProvider.addressOf(event.getAuthentication()));
    }
}
