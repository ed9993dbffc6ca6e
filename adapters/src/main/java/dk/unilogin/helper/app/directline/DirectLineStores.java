package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.ConversationProperties;
import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.StoreConfiguration;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Where Direct Line keeps its conversations, token grants and activities: in this process
 * ({@code bot.store=memory}, the default), or in Redis ({@code bot.store=redis}), where every
 * instance serves every conversation and a stream hears, over pub/sub, what a turn on
 * another instance appended.
 */
@Configuration(proxyBeanMethods = false)
class DirectLineStores {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = StoreConfiguration.PROPERTY, havingValue = "memory", matchIfMissing = true)
    static class InMemory {

        @Bean
        DirectLineConversations directLineConversations(ConversationProperties conversations,
                                                        ObjectProvider<Clock> clock) {
            return new InMemoryDirectLineConversations(conversations.idleExpiry(), conversations.max(),
                    clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        TokenGrants directLineTokenGrants() {
            return new InMemoryTokenGrants();
        }

        @Bean
        ActivityLog directLineActivityLog(DirectLineProperties properties, ObjectProvider<Clock> clock) {
            return new InMemoryActivityLog(properties.activitiesKept(), clock.getIfAvailable(Clock::systemUTC));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = StoreConfiguration.PROPERTY, havingValue = "redis")
    static class InRedis {

        @Bean
        DirectLineConversations directLineConversations(StringRedisTemplate redis, RedisKeys keys,
                                                        ConversationProperties conversations,
                                                        ObjectProvider<Clock> clock) {
            return new RedisDirectLineConversations(redis, keys, conversations.idleExpiry(),
                    clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        TokenGrants directLineTokenGrants(StringRedisTemplate redis, RedisKeys keys) {
            return new RedisTokenGrants(redis, keys);
        }

        /** Activities live as long as their conversation: both expire after the idle expiry. */
        @Bean
        RedisActivityLog directLineActivityLog(StringRedisTemplate redis, RedisKeys keys,
                                               DirectLineProperties properties, ConversationProperties conversations,
                                               ObjectProvider<Clock> clock) {
            return new RedisActivityLog(redis, keys, properties.activitiesKept(), conversations.idleExpiry(),
                    clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean(destroyMethod = "close")
        ActivityAnnouncements directLineAnnouncements(RedisActivityLog log) {
            return new ActivityAnnouncements(log);
        }

        /** One subscription per instance, to the one channel every instance announces appends on. */
        @Bean
        RedisMessageListenerContainer directLineAnnouncementListener(RedisConnectionFactory connections,
                                                                     ActivityAnnouncements announcements,
                                                                     RedisKeys keys) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            // Announcements only queue work for the relay threads: no thread of its own per message.
            container.setTaskExecutor(Runnable::run);
            container.setRecoveryInterval(1000);
            container.addMessageListener(announcements, new ChannelTopic(keys.directLineChannel()));
            return container;
        }
    }
}
