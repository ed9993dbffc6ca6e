package dk.unilogin.helper.app.store;

import dk.unilogin.helper.app.ConversationProperties;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Where conversations are kept between turns: {@code bot.store=memory} (the default: this
 * process only, nothing to install) or {@code bot.store=redis} (shared by every instance,
 * surviving restarts; connection settings are Spring Boot's {@code spring.data.redis.*}).
 * The "store" health indicator is part of readiness: with Redis it is down while Redis is.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);
    public static final String PROPERTY = "bot.store";

    @Bean
    HealthIndicator storeHealthIndicator(@Value("${" + PROPERTY + ":memory}") String store,
            org.springframework.beans.factory.ObjectProvider<StringRedisTemplate> redis) {
        String kind = store.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("memory") && !kind.equals("redis")) {
            throw new IllegalStateException(PROPERTY + " must be 'memory' or 'redis', not '" + store + "'");
        }
        LOG.info("Conversations are kept in {}", kind.equals("redis") ? "Redis (shared by every instance)" : "memory");
        if (kind.equals("memory")) {
            return () -> Health.up().withDetail("store", "memory").build();
        }
        StringRedisTemplate template = redis.getObject();
        return () -> {
            try {
                String pong = RedisCalls.call("ping Redis", () -> template.execute(
                        (org.springframework.data.redis.core.RedisCallback<String>) connection -> connection.ping()));
                return Health.up().withDetail("store", "redis").withDetail("ping", String.valueOf(pong)).build();
            } catch (StoreUnavailableException e) {
                return Health.down().withDetail("store", "redis").withDetail("error", e.getMessage()).build();
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = PROPERTY, havingValue = "redis")
    @EnableConfigurationProperties(RedisStoreProperties.class)
    static class RedisStore {

        @Bean
        RedisKeys redisKeys(RedisStoreProperties properties) {
            return new RedisKeys(properties.keyPrefix());
        }

        /** Both the state store and the turn lock of the bot. */
        @Bean
        RedisConversationStateStore redisConversationStateStore(StringRedisTemplate redis, RedisKeys keys,
                ConversationProperties conversations, RedisStoreProperties properties, RedisTurnAdmission admission,
                StateWriteScript stateWrite) {
            return new RedisConversationStateStore(redis, keys, conversations.idleExpiry(), properties.lockLease(),
                    properties.lockWait(), admission, stateWrite);
        }

        /** A web chat turn's state write, sent before its answer and waited for after (closed with the context). */
        @Bean(destroyMethod = "close")
        StateWriteScript stateWriteScript(RedisConnectionFactory connections) {
            return new StateWriteScript(connections, RedisConversationStateStore.STORE_AND_UNLOCK.getScriptAsString());
        }

        /** A request's rate limits and, for a web chat turn, its conversation, lock and state, in one round trip. */
        @Bean
        RedisTurnAdmission redisTurnAdmission(StringRedisTemplate redis, RedisKeys keys,
                ConversationProperties conversations, RedisStoreProperties properties) {
            return new RedisTurnAdmission(redis, keys, conversations.idleExpiry(), properties.lockLease());
        }

        /** While Redis is unreachable, calls fail at once instead of queueing until they time out. */
        @Bean
        LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
            return options -> options.autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }

        /**
         * Reconnects within a second of Redis coming back (Lettuce's own default backs off to 30 s),
         * and records no latency per command: Lettuce would otherwise do so whenever LatencyUtils is
         * on the class path, with pause-detector threads waking every millisecond.
         */
        @Bean
        ClientResourcesBuilderCustomizer quickReconnectNoCommandLatencies() {
            return resources -> resources
                    .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                    .commandLatencyRecorder(CommandLatencyRecorder.disabled());
        }
    }
}
