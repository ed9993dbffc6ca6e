package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.RedisServer;
import dk.unilogin.helper.bot.activity.Activity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Long polling by two instances sharing one Redis, against a fake Bot API: one instance polls
 * at a time, each update is handled once, and when the polling instance stops or dies the
 * other takes over from the last handled update.
 */
class TelegramSharedPollingTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration LEASE = Duration.ofMillis(600);
    private static final long CHAT = 777;

    @RegisterExtension
    static final RedisServer redisServer = new RedisServer();

    @TempDir
    Path dataDir;

    private FakeBotApi telegram;
    private LettuceConnectionFactory connections;
    private StringRedisTemplate redis;
    private final RedisKeys keys = new RedisKeys("unilogin:");
    private final RecordingTurns turnsA = new RecordingTurns();
    private final RecordingTurns turnsB = new RecordingTurns();
    private TelegramChannel a;
    private TelegramChannel b;

    @BeforeEach
    void start() throws Exception {
        redisServer.command("FLUSHALL");
        telegram = new FakeBotApi();
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redisServer.port()));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
    }

    @AfterEach
    void stop() {
        for (TelegramChannel channel : new TelegramChannel[] {a, b}) {
            if (channel != null) {
                channel.stop();
            }
        }
        telegram.close();
        connections.destroy();
    }

    private TelegramChannel channel(RecordingTurns turns) {
        TelegramProperties properties = new TelegramProperties(FakeBotApi.TOKEN, TelegramProperties.Mode.POLLING,
                telegram.baseUrl(), null, null, null, dataDir, "unilogin_test_bot", Duration.ofSeconds(1));
        TelegramChannel channel = TelegramChannelFactory.create(properties, turns, new SimpleMeterRegistry(),
                new TelegramChannelFactory.Shared(redis, keys, LEASE));
        channel.start();
        return channel;
    }

    @Test
    void oneInstancePollsAndTheOtherTakesOverFromTheLastHandledUpdateWhenItStops() throws Exception {
        a = channel(turnsA);
        b = channel(turnsB);
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "første"));
        telegram.addUpdate(2, TelegramUpdates.text(CHAT, "anden"));
        telegram.addUpdate(3, TelegramUpdates.text(CHAT, "tredje"));
        telegram.await("sendMessage", c -> c.chatId() == CHAT, 3, WAIT);

        boolean aPolled = !texts(turnsA).isEmpty();
        List<String> polled = texts(aPolled ? turnsA : turnsB);
        List<String> waited = texts(aPolled ? turnsB : turnsA);
        assertThat(polled).containsExactly("første", "anden", "tredje");
        assertThat(waited).as("the instance without the lease did not poll").isEmpty();
        assertThat(redis.opsForValue().get(keys.telegramOffset())).isEqualTo("3");

        if (aPolled) {
            a.stop();
            a = null;
        } else {
            b.stop();
            b = null;
        }
        telegram.addUpdate(4, TelegramUpdates.text(CHAT, "fjerde"));
        telegram.addUpdate(5, TelegramUpdates.text(CHAT, "femte"));
        telegram.await("sendMessage", c -> c.chatId() == CHAT, 5, WAIT);

        assertThat(texts(aPolled ? turnsB : turnsA)).as("the other instance goes on after the last handled update")
                .containsExactly("fjerde", "femte");
        assertThat(redis.getExpire(keys.telegramOffset(), TimeUnit.MILLISECONDS)).isPositive();
        assertThat(redis.getExpire(keys.telegramPollingLease(), TimeUnit.MILLISECONDS)).isPositive();
    }

    @Test
    void aLeaseLeftByAnInstanceThatDiedIsTakenOverWhenItRunsOut() throws Exception {
        redis.opsForValue().set(keys.telegramPollingLease(), "an-instance-that-died", Duration.ofSeconds(3));
        a = channel(turnsA);
        telegram.addUpdate(1, TelegramUpdates.text(CHAT, "hallo"));

        Thread.sleep(1000);
        assertThat(texts(turnsA)).as("nothing is polled while the dead instance's lease lasts").isEmpty();

        telegram.await("sendMessage", c -> c.chatId() == CHAT, 1, WAIT);
        assertThat(texts(turnsA)).containsExactly("hallo");
    }

    private static List<String> texts(RecordingTurns turns) {
        synchronized (turns.seen) {
            return turns.seen.stream().filter(Activity::isMessage).map(Activity::text).filter(Objects::nonNull).toList();
        }
    }
}
