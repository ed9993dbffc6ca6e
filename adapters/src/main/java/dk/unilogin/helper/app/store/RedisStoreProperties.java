package dk.unilogin.helper.app.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Redis store ({@code bot.redis.*}), used when {@code bot.store=redis}. The
 * connection itself is Spring Boot's {@code spring.data.redis.*}.
 *
 * @param keyPrefix  put before every key, so that several deployments may share one Redis
 * @param lockLease  how long a conversation's turn lock lasts if its holder dies mid-turn
 * @param lockWait   how long a turn waits for the conversation's previous turn before giving up (503)
 * @param telegramPollingLease how long the instance that long-polls Telegram holds that role
 *                   without renewing it; another instance takes over within this time when it dies
 */
@ConfigurationProperties("bot.redis")
public record RedisStoreProperties(
        @DefaultValue("unilogin:") String keyPrefix,
        @DefaultValue("10s") Duration lockLease,
        @DefaultValue("5s") Duration lockWait,
        @DefaultValue("15s") Duration telegramPollingLease) {
}
