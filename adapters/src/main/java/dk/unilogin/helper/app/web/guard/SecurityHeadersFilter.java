package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the {@link SecurityHeaders} on every response, error pages included, and gives every
 * 503 a {@code Retry-After}, so a client that finds the bot busy knows when to come back.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {
    /** Seconds a client waits after a 503 that named no wait of its own. */
    static final String DEFAULT_RETRY_AFTER = "30";

    private final SecurityHeaders headers;

    SecurityHeadersFilter(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : GuardedPaths.of(request);
        headers.apply(response, path, request.isSecure());
        chain.doFilter(request, new RetryAfterOnUnavailable(response));
    }

    /** Adds {@code Retry-After} when the status becomes 503 and nobody set one. */
    private static final class RetryAfterOnUnavailable extends HttpServletResponseWrapper {
        RetryAfterOnUnavailable(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            retryAfterIfUnavailable(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            retryAfterIfUnavailable(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            retryAfterIfUnavailable(status);
            super.sendError(status, message);
        }

        private void retryAfterIfUnavailable(int status) {
            if (status == SC_SERVICE_UNAVAILABLE && !containsHeader(HttpHeaders.RETRY_AFTER)) {
                setHeader(HttpHeaders.RETRY_AFTER, DEFAULT_RETRY_AFTER);
            }
        }
    }
}
