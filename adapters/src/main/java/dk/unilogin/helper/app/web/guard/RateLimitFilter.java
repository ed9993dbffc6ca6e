package dk.unilogin.helper.app.web.guard;

import dk.unilogin.helper.app.store.StoreUnavailableException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits API and Direct Line requests per client address and answers the excess with 429 and
 * {@code Retry-After}. CORS preflights are not counted: the browser sends them on its own;
 * nor are Direct Line polls, which read and run no turn.
 */
final class RateLimitFilter extends OncePerRequestFilter {
    private final RateLimitBuckets limiter;

    RateLimitFilter(RateLimitBuckets limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !GuardedPaths.guarded(request) || "OPTIONS".equals(request.getMethod())
                || GuardedPaths.directLinePoll(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision;
        try {
            decision = limiter.tryAcquire(request.getRemoteAddr());
        } catch (StoreUnavailableException e) {
            ProblemResponses.writeStoreUnavailable(response);
            return;
        }
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponses.writeTooManyRequests(response, decision.retryAfter(), "rate-limited",
                "Too many requests from this client. Wait the number of seconds in Retry-After and try again.");
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetIdleClients() {
        limiter.forgetIdle();
    }
}
