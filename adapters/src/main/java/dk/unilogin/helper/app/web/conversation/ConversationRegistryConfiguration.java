package dk.unilogin.helper.app.web.conversation;

import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.RedisTurnAdmission;
import dk.unilogin.helper.app.store.StoreConfiguration;
import dk.unilogin.helper.app.ConversationProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The web chat's open conversations: in memory, or in Redis with {@code bot.store=redis}. */
@Configuration(proxyBeanMethods = false)
class ConversationRegistryConfiguration {

    @Bean
    @ConditionalOnProperty(name = StoreConfiguration.PROPERTY, havingValue = "memory", matchIfMissing = true)
    ConversationRegistry conversationRegistry(ConversationProperties properties, ObjectProvider<Clock> clock) {
        return new InMemoryConversationRegistry(properties, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnProperty(name = StoreConfiguration.PROPERTY, havingValue = "redis")
    ConversationRegistry redisConversationRegistry(ConversationProperties properties, StringRedisTemplate redis,
            RedisKeys keys, ObjectProvider<Clock> clock, RedisTurnAdmission admission) {
        return new RedisConversationRegistry(redis, keys, properties.idleExpiry(),
                clock.getIfAvailable(Clock::systemUTC), admission);
    }
}
