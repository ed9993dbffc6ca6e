package dk.unilogin.helper.app.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web chat ({@code bot.web.*}). How long an idle conversation lives and how
 * many are held are the bot's {@code bot.conversations.*}; the longest message is
 * {@link dk.unilogin.helper.bot.activity.Activity#MAX_TEXT_CHARS}.
 *
 * @param maxBodyBytes            request bodies above this size get 413
 * @param bodyReadTimeout         a request body that takes longer than this to arrive gets 408
 * @param allowedOrigins          origins allowed to call the API besides those the schools declare
 * @param allowLocalhostOrigins   allow http(s)://localhost and 127.0.0.1 origins; null means
 *                                "only when no Spring profile is active"
 * @param frameAncestors          the CSP frame-ancestors sources for every response
 * @param trustedProxies          address ranges (CIDR) of reverse proxies whose X-Forwarded-For is believed
 * @param rateLimit               the API's allowances
 */
@ConfigurationProperties("bot.web")
public record WebChatProperties(
        @DefaultValue("16384") int maxBodyBytes,
        @DefaultValue("10s") Duration bodyReadTimeout,
        @DefaultValue List<String> allowedOrigins,
        Boolean allowLocalhostOrigins,
        @DefaultValue("'self'") String frameAncestors,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue RateLimit rateLimit) {

    @ConstructorBinding
    public WebChatProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        bodyReadTimeout = bodyReadTimeout == null ? Duration.ofSeconds(10) : bodyReadTimeout;
        rateLimit = rateLimit == null ? new RateLimit(300, 5.0, null, null) : rateLimit;
    }

    /** Without a body read timeout or trusted proxies: their defaults. */
    public WebChatProperties(int maxBodyBytes, List<String> allowedOrigins, Boolean allowLocalhostOrigins,
                             String frameAncestors, RateLimit rateLimit) {
        this(maxBodyBytes, null, allowedOrigins, allowLocalhostOrigins, frameAncestors, null, rateLimit);
    }

    /**
     * @param burst             API requests one client address may make at once (a backstop)
     * @param requestsPerSecond sustained API requests per second per client address
     * @param conversations     conversations opened per client address
     * @param turns             messages and button presses per conversation
     */
    public record RateLimit(@DefaultValue("300") int burst, @DefaultValue("5.0") double requestsPerSecond,
                            @DefaultValue Conversations conversations, @DefaultValue Turns turns) {
        @ConstructorBinding
        public RateLimit {
            conversations = conversations == null ? new Conversations(60, 30, 1000) : conversations;
            turns = turns == null ? new Turns(20, 20) : turns;
        }

        /** The per-address backstop alone; conversations and turns get their defaults. */
        public RateLimit(int burst, double requestsPerSecond) {
            this(burst, requestsPerSecond, null, null);
        }
    }

    /**
     * @param burst     conversations one address may open at once (a school's parents arriving together)
     * @param perMinute sustained conversations opened per minute per address
     * @param perDay    conversations opened per day per address
     */
    public record Conversations(@DefaultValue("60") int burst, @DefaultValue("30") double perMinute,
                                @DefaultValue("1000") int perDay) {
    }

    /**
     * @param burst     turns one conversation may post at once
     * @param perMinute sustained turns per minute per conversation
     */
    public record Turns(@DefaultValue("20") int burst, @DefaultValue("20") double perMinute) {
    }
}
