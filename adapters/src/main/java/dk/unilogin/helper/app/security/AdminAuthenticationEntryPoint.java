package dk.unilogin.helper.app.security;

import dk.unilogin.helper.app.web.guard.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request to the admin area that did not sign in: 429 with {@code Retry-After}
 * while the address is locked out, otherwise 401 with the Basic challenge. Both as problem details.
 */
final class AdminAuthenticationEntryPoint implements AuthenticationEntryPoint {
    private final String realm;

    AdminAuthenticationEntryPoint(String realm) {
        this.realm = realm;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginLockedException locked) {
            ProblemResponses.writeTooManyRequests(response, locked.waitFor(), "too-many-failed-logins",
                    "Too many failed admin logins from this address. Wait the number of seconds in Retry-After.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "admin-login-required",
                "Sign in with the admin account.");
    }
}
