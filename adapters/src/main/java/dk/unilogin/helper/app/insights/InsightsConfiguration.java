package dk.unilogin.helper.app.insights;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Insights: every turn recorded (redacted) in the configured database, purged after the
 * retention. The {@link AsyncTurnRecorder} is the bot's {@code TurnRecorder}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(InsightsProperties.class)
class InsightsConfiguration {

    @Bean
    TurnStore turnStore(JdbcTemplate jdbc) {
        return new TurnStore(jdbc);
    }

    @Bean
    InsightsQueries insightsQueries(JdbcTemplate jdbc) {
        return new InsightsQueries(jdbc);
    }

    @Bean(destroyMethod = "close")
    AsyncTurnRecorder turnRecorder(TurnStore store, InsightsProperties properties) {
        return new AsyncTurnRecorder(store, properties.queueCapacity());
    }

    @Bean
    RetentionJob insightsRetentionJob(TurnStore store, InsightsProperties properties) {
        return new RetentionJob(store, properties.retention(), Clock.systemUTC());
    }
}
