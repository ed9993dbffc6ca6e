package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.bot.TurnProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Wires the Telegram channel when a token is set; otherwise says, once, that Telegram is off. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    @Conditional(TelegramConditions.Enabled.class)
    TelegramChannel telegramChannel(TelegramProperties properties, TurnProcessor turns,
                                    ObjectProvider<MeterRegistry> meterRegistry) {
        return TelegramChannelFactory.create(properties, turns, meterRegistry.getIfAvailable());
    }

    @Bean
    @Conditional(TelegramConditions.Disabled.class)
    Object telegramOffNotice() {
        log.info("Telegram is off: set TELEGRAM_BOT_TOKEN (or bot.telegram.token) to turn it on");
        return new Object();
    }
}
