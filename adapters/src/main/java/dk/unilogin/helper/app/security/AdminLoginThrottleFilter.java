package dk.unilogin.helper.app.security;

import dk.unilogin.helper.app.web.guard.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the admin login: an address that has failed too often gets 429 with
 * {@code Retry-After} and its credentials are not even checked. Judges a login by the
 * answer it got: 401 is a failure, anything below 400 a success.
 */
final class AdminLoginThrottleFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(AdminLoginThrottleFilter.class);
    private final FailedLoginLimiter limiter;

    AdminLoginThrottleFilter(FailedLoginLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Optional<Duration> locked = limiter.lockedFor(address);
        if (locked.isPresent()) {
            ProblemResponses.writeTooManyRequests(response, locked.get(), "too-many-failed-logins",
                    "Too many failed admin logins from this address. Wait the number of seconds in Retry-After.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            if (limiter.failed(address)) {
                log.warn("Admin login locked for a while after repeated failures from one address");
            }
        } else if (response.getStatus() < 400) {
            limiter.succeeded(address);
        }
    }
}
