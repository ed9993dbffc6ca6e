package dk.unilogin.helper.app.directline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Direct Line 3.0 endpoint ({@code bot.directline.*}).
 *
 * @param tokenLifetime           how long a token is valid; Web Chat refreshes it every 15 minutes
 * @param idleTimeout             a conversation unused this long is ended (its streams are closed)
 * @param maxConversations        conversations held at most; beyond it new tokens are refused (503)
 * @param activitiesKept          the newest activities kept per conversation for polls and reconnects
 */
@ConfigurationProperties("bot.directline")
public record DirectLineProperties(
        @DefaultValue("30m") Duration tokenLifetime,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("100000") int maxConversations,
        @DefaultValue("50") int activitiesKept) {
}
