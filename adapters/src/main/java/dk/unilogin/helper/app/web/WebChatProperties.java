package dk.unilogin.helper.app.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web chat ({@code bot.web.*}).
 *
 * @param conversationIdleTimeout a conversation unused this long is forgotten
 * @param maxConversations        open conversations held at most; beyond it new ones are refused (503)
 * @param maxBodyBytes            request bodies above this size get 413
 * @param maxTextLength           messages longer than this (in characters) get 400
 * @param allowedOrigins          origins allowed to call the API besides those the schools declare
 * @param allowLocalhostOrigins   allow http(s)://localhost and 127.0.0.1 origins; null means
 *                                "only when no Spring profile is active"
 * @param frameAncestors          the CSP frame-ancestors sources for every response
 * @param rateLimit               per-client token bucket for the API
 */
@ConfigurationProperties("bot.web")
public record WebChatProperties(
        @DefaultValue("30m") Duration conversationIdleTimeout,
        @DefaultValue("100000") int maxConversations,
        @DefaultValue("16384") int maxBodyBytes,
        @DefaultValue("1000") int maxTextLength,
        @DefaultValue List<String> allowedOrigins,
        Boolean allowLocalhostOrigins,
        @DefaultValue("'self'") String frameAncestors,
        @DefaultValue RateLimit rateLimit) {

    public WebChatProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        rateLimit = rateLimit == null ? new RateLimit(30, 1.0) : rateLimit;
    }

    /**
     * @param burst             requests a client may make at once
     * @param requestsPerSecond sustained requests per second per client
     */
    public record RateLimit(@DefaultValue("30") int burst, @DefaultValue("1.0") double requestsPerSecond) {
    }
}
