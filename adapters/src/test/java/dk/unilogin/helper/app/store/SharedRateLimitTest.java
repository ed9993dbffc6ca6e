package dk.unilogin.helper.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With Redis, a client's rate-limit allowance is one, whichever instance its requests reach. */
class SharedRateLimitTest {
    @RegisterExtension
    static final RedisServer redis = new RedisServer();

    static AppInstance a;
    static AppInstance b;

    @BeforeAll
    static void start() {
        String[] tinyLimit = {"bot.web.rate-limit.burst=3", "bot.web.rate-limit.requests-per-second=0.05"};
        a = AppInstance.start(redis, tinyLimit);
        b = AppInstance.start(redis, tinyLimit);
    }

    @AfterAll
    static void stop() {
        for (AppInstance instance : new AppInstance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void theBurstIsSharedByBothInstancesAndItsKeyHoldsNoAddress() throws Exception {
        assertThat(a.client().post("/api/conversations", "{}").status()).isEqualTo(201);
        assertThat(b.client().post("/api/conversations", "{}").status()).isEqualTo(201);
        assertThat(a.client().post("/api/conversations", "{}").status()).isEqualTo(201);

        Response limited = b.client().post("/api/conversations", "{}");

        assertThat(limited.status()).as("the fourth request, on the other instance").isEqualTo(429);
        assertThat(limited.json().get("code").asString()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 20L);
        List<String> buckets = List.of(redis.command("KEYS", "unilogin:rate:*").split("\n"));
        assertThat(buckets).hasSize(1);
        assertThat(buckets.get(0)).doesNotContain("127.0.0.1");
        assertThat(Long.parseLong(redis.command("PTTL", buckets.get(0)))).isPositive();
    }
}
