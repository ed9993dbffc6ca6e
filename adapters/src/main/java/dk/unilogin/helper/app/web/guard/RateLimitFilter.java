package dk.unilogin.helper.app.web.guard;

import dk.unilogin.helper.app.store.StoreUnavailableException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits sized for schools, where every parent on the school's network shares one
 * address: turns are limited per conversation, opening conversations per client address
 * (a minute's and a day's allowance), and every API request per address only as a generous
 * backstop. Direct Line is counted the same way: its token generation opens a conversation,
 * its posted activities are turns. Widget settings (one small cacheable answer per page view),
 * Direct Line polls (they read and run no turn) and CORS preflights (sent by the browser on its
 * own) are not counted. The excess gets 429 with {@code Retry-After}; when the shared store
 * holding the counts is unreachable, 503.
 */
final class RateLimitFilter extends OncePerRequestFilter {
    private final RateLimiter limiter;
    private final TrustedProxies proxies;
    private final RateLimits limits;

    RateLimitFilter(RateLimiter limiter, TrustedProxies proxies, RateLimits limits) {
        this.limiter = limiter;
        this.proxies = proxies;
        this.limits = limits;
    }

    /** The allowances: any API request per address, conversations opened per address, turns per conversation. */
    record RateLimits(Allowance perAddress, Allowance opensPerMinute, Allowance opensPerDay, Allowance turns) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !GuardedPaths.guarded(request) || "OPTIONS".equals(request.getMethod())
                || GuardedPaths.isWidgetSettings(request) || GuardedPaths.isDirectLinePoll(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean completed = false;
        try {
            RateLimiter.Decision decision;
            try {
                decision = decide(request);
            } catch (StoreUnavailableException e) {
                ProblemResponses.writeStoreUnavailable(response);
                return;
            }
            if (decision.allowed()) {
                chain.doFilter(request, response);
                completed = true;
                return;
            }
            ProblemResponses.writeTooManyRequests(response, decision.retryAfter(), "rate-limited",
                    "Too many requests from this client. Wait the number of seconds in Retry-After and try again.");
        } finally {
            // Only a response completed normally is sent early; an exception's error response is written later.
            limiter.requestDone(completed ? () -> sendNow(response) : () -> { });
        }
    }

    /** Ends the response now (its last chunk included), so the client has all of it before the request ends. */
    private static void sendNow(HttpServletResponse response) {
        try {
            try {
                response.getOutputStream().close();
            } catch (IllegalStateException writtenAsText) {
                response.getWriter().close();
            }
        } catch (IOException e) {
            // The client has gone; nothing to send it.
        }
    }

    /** All of a request's allowances are taken in one call (one round trip with a shared store). */
    private RateLimiter.Decision decide(HttpServletRequest request) {
        String address = proxies.clientAddress(request);
        var perAddress = new RateLimiter.Charge("address:" + address, limits.perAddress());
        if (GuardedPaths.opensConversation(request)) {
            return limiter.tryAcquire(List.of(perAddress,
                    new RateLimiter.Charge("open:" + address, limits.opensPerMinute()),
                    new RateLimiter.Charge("open-day:" + address, limits.opensPerDay())));
        }
        String conversation = GuardedPaths.turnConversation(request);
        if (conversation == null) {
            return limiter.tryAcquire(List.of(perAddress));
        }
        List<RateLimiter.Charge> charges = List.of(perAddress, new RateLimiter.Charge("turn:" + conversation, limits.turns()));
        String webChat = GuardedPaths.webChatTurnConversation(request);
        return webChat == null ? limiter.tryAcquire(charges) : limiter.admitWebChatTurn(charges, webChat);
    }
}
