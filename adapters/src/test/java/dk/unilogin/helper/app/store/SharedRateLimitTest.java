package dk.unilogin.helper.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With Redis, each rate-limit allowance is one, whichever instance the requests reach: the
 * conversations an address opens, and the turns of one conversation.
 */
class SharedRateLimitTest {
    @RegisterExtension
    static final RedisServer redis = new RedisServer();

    static AppInstance a;
    static AppInstance b;

    @BeforeAll
    static void start() {
        String[] tinyLimit = {"bot.web.rate-limit.conversations.burst=3",
                "bot.web.rate-limit.conversations.per-minute=3", "bot.web.rate-limit.turns.burst=2",
                "bot.web.rate-limit.turns.per-minute=1"};
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
    void theConversationsOpenedAreCountedAcrossBothInstancesAndNoKeyHoldsTheAddress() throws Exception {
        redis.command("FLUSHALL");
        assertThat(a.client().post("/api/conversations", "{}").status()).isEqualTo(201);
        assertThat(b.client().post("/api/conversations", "{}").status()).isEqualTo(201);
        assertThat(a.client().post("/api/conversations", "{}").status()).isEqualTo(201);

        Response limited = b.client().post("/api/conversations", "{}");

        assertThat(limited.status()).as("the fourth request, on the other instance").isEqualTo(429);
        assertThat(limited.json().get("code").asString()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 20L);
        List<String> buckets = List.of(redis.command("KEYS", "unilogin:rate:*").split("\n"));
        assertThat(buckets).as("per address, conversations a minute, conversations a day").hasSize(3);
        for (String bucket : buckets) {
            assertThat(bucket).doesNotContain("127.0.0.1");
            assertThat(Long.parseLong(redis.command("PTTL", bucket))).isPositive();
        }
    }

    @Test
    void theTurnsOfOneConversationAreCountedAcrossBothInstances() throws Exception {
        redis.command("FLUSHALL");
        HttpTestClient first = a.client();
        Conversation conversation = first.open();
        String text = HttpTestClient.json("text", "hej");

        assertThat(first.say(conversation, text).status()).isEqualTo(200);
        assertThat(b.client().say(conversation, text).status()).isEqualTo(200);
        Response limited = first.say(conversation, text);

        assertThat(limited.status()).as("the third turn, back on the first instance").isEqualTo(429);
        assertThat(limited.json().get("code").asString()).isEqualTo("rate-limited");
    }
}
