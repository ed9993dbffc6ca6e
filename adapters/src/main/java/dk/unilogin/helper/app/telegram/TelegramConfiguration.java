package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.RedisStoreProperties;
import dk.unilogin.helper.bot.TurnProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Wires the Telegram channel when a token is set; otherwise says, once, that Telegram is off. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    @Conditional(TelegramConditions.Enabled.class)
    TelegramChannel telegramChannel(TelegramProperties properties, TurnProcessor turns,
                                    ObjectProvider<MeterRegistry> meterRegistry,
                                    ObjectProvider<RedisKeys> redisKeys, ObjectProvider<StringRedisTemplate> redis,
                                    ObjectProvider<RedisStoreProperties> redisProperties) {
        // RedisKeys exists only with bot.store=redis: then polling and webhook deliveries are shared through Redis.
        RedisKeys keys = redisKeys.getIfAvailable();
        var shared = keys == null ? null : new TelegramChannelFactory.Shared(redis.getObject(), keys,
                redisProperties.getObject().telegramPollingLease());
        return TelegramChannelFactory.create(properties, turns, meterRegistry.getIfAvailable(), shared);
    }

    @Bean
    @Conditional(TelegramConditions.Disabled.class)
    Object telegramOffNotice() {
        log.info("Telegram is off: set TELEGRAM_BOT_TOKEN (or bot.telegram.token) to turn it on");
        return new Object();
    }
}
