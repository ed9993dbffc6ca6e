package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.store.RedisKeys;
import dk.unilogin.helper.app.store.RedisServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis activity log as two instances share it: one numbering, rising timestamps, a bounded length, a time to live. */
class RedisActivityLogTest {
    private static final Instant EIGHT = Instant.parse("2026-12-01T08:00:00Z");
    private static final RedisKeys KEYS = new RedisKeys("test:");

    @RegisterExtension
    static final RedisServer redis = new RedisServer();

    static LettuceConnectionFactory connections;
    static StringRedisTemplate template;

    @BeforeAll
    static void connect() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redis.port()));
        connections.afterPropertiesSet();
        connections.start();
        template = new StringRedisTemplate(connections);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    private static RedisActivityLog log(int kept, Instant now) {
        return new RedisActivityLog(template, KEYS, kept, Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static DirectLineActivity message(String text) {
        return new DirectLineActivity("message", null, null, "directline", null, null, null, null, null, null, text,
                null, null, null, null);
    }

    @Test
    void twoInstancesNumberOneSequenceAndTimestampsRiseEvenWhenTheSecondClockIsBehind() {
        RedisActivityLog a = log(10, EIGHT);
        RedisActivityLog b = log(10, EIGHT.minusSeconds(2));

        List<DirectLineActivity> first = a.append("c1", List.of(message("spørgsmål"), message("svar 1")));
        List<DirectLineActivity> second = b.append("c1", List.of(message("svar 2")));

        assertThat(first).extracting(DirectLineActivity::id).containsExactly("c1|0000001", "c1|0000002");
        assertThat(second.get(0).id()).isEqualTo("c1|0000003");
        assertThat(first).extracting(DirectLineActivity::timestamp)
                .containsExactly("2026-12-01T08:00:00Z", "2026-12-01T08:00:00.001Z");
        assertThat(second.get(0).timestamp()).as("never before the one it follows").isEqualTo("2026-12-01T08:00:00.002Z");
        ActivitySet onA = a.since("c1", 1);
        assertThat(onA.activities()).extracting(DirectLineActivity::text).containsExactly("svar 1", "svar 2");
        assertThat(onA.activities()).extracting(DirectLineActivity::id).containsExactly("c1|0000002", "c1|0000003");
        assertThat(onA.watermark()).isEqualTo("3");
        assertThat(b.since("c1", 3).activities()).isEmpty();
        assertThat(b.since("c1", 3).watermark()).isEqualTo("3");
    }

    @Test
    void onlyTheNewestAreKeptTheWatermarkGoesOnAndTheLogExpires() throws Exception {
        RedisActivityLog log = log(2, EIGHT);
        log.append("c2", List.of(message("1"), message("2"), message("3")));
        log.append("c2", List.of(message("4")));

        ActivitySet all = log.since("c2", 0);

        assertThat(all.activities()).extracting(DirectLineActivity::text).containsExactly("3", "4");
        assertThat(all.activities()).extracting(DirectLineActivity::id).containsExactly("c2|0000003", "c2|0000004");
        assertThat(all.watermark()).isEqualTo("4");
        assertThat(redis.command("ZCARD", KEYS.directLineActivities("c2"))).isEqualTo("2");
        assertThat(Long.parseLong(redis.command("PTTL", KEYS.directLineActivities("c2"))))
                .isBetween(Duration.ofMinutes(9).toMillis(), Duration.ofMinutes(10).toMillis());
    }
}
