package dk.unilogin.helper.app.web.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.RedisTurnAdmission;
import dk.unilogin.helper.app.store.RedisServer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Web chat conversations in a real Redis: only the right token opens one, and use keeps it alive. */
class RedisConversationRegistryTest {
    @RegisterExtension
    static final RedisServer redisServer = new RedisServer();

    static LettuceConnectionFactory connections;
    static StringRedisTemplate redis;
    final RedisKeys keys = new RedisKeys("unilogin:");
    final RedisConversationRegistry registry = new RedisConversationRegistry(redis, keys, Duration.ofMinutes(30),
            Clock.systemUTC(), new RedisTurnAdmission(redis, keys, Duration.ofMinutes(30), Duration.ofSeconds(10)));

    @BeforeAll
    static void connect() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redisServer.port()));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
    }

    @AfterAll
    static void disconnect() {
        if (connections != null) {
            connections.destroy();
        }
    }

    @Test
    void onlyTheTokenHandedOutOpensTheConversation() {
        var opened = registry.open("demo-skole", "en").orElseThrow();
        String id = opened.conversation().id();

        var found = registry.authorize(id, opened.token()).orElseThrow();
        assertThat(found.userId()).isEqualTo(opened.conversation().userId());
        assertThat(found.schoolId()).isEqualTo("demo-skole");
        assertThat(found.locale()).isEqualTo("en");
        assertThat(registry.authorize(id, opened.token() + "x")).isEmpty();
        assertThat(registry.authorize(id, null)).isEmpty();
        assertThat(registry.authorize("../" + id, opened.token())).isEmpty();
        assertThat(registry.authorize("unknown", opened.token())).isEmpty();
        assertThat(redis.opsForValue().get(keys.webConversation(id))).as("the token itself is not stored")
                .doesNotContain(opened.token());
    }

    @Test
    void everyAuthorizedRequestRenewsTheIdleTimeAndAnExpiredOneIsGone() {
        var opened = registry.open(null, "da").orElseThrow();
        String key = keys.webConversation(opened.conversation().id());
        redis.expire(key, Duration.ofSeconds(5));

        registry.authorize(opened.conversation().id(), opened.token());

        assertThat(redis.getExpire(key, TimeUnit.SECONDS)).isGreaterThan(25 * 60);
        redis.delete(key); // what Redis does when the idle time runs out
        assertThat(registry.authorize(opened.conversation().id(), opened.token())).isEmpty();
    }
}
