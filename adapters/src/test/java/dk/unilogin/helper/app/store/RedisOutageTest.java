package dk.unilogin.helper.app.store;

import static dk.unilogin.helper.app.store.ChatTurns.say;
import static dk.unilogin.helper.app.store.ChatTurns.text;
import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis stopped under a running instance and started again: requests get 503 problem details
 * with Retry-After at once (no hanging), readiness goes down, and the service is back within
 * seconds of Redis returning, without a restart.
 */
class RedisOutageTest {
    @RegisterExtension
    @Order(1)
    static final RedisServer redis = new RedisServer();

    @RegisterExtension
    @Order(2)
    static final AppInstances apps = AppInstances.oneForTheClass(redis);

    @Test
    void whileRedisIsDownRequestsGet503WithRetryAfterAndAfterwardsTheServiceIsBack() throws Exception {
        HttpTestClient client = apps.a().client();
        Conversation conversation = client.open();
        say(client, conversation, "min søn har glemt sin kode");
        assertThat(client.get("/actuator/health/readiness").status()).isEqualTo(200);

        redis.stop();
        try {
            long started = System.nanoTime();
            Response turn = client.say(conversation, HttpTestClient.json("text", "næste"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Response open = client.post("/api/conversations", "{\"locale\":\"da\"}");

            for (Response refused : new Response[] {turn, open}) {
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.header("Retry-After")).isEqualTo("5");
                assertThat(refused.json().get("code").asString()).isEqualTo("store-unavailable");
                assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at dk.");
            }
            assertThat(took).as("refused at once, not after hanging").isLessThan(Duration.ofSeconds(3));
            Response readiness = client.get("/actuator/health/readiness");
            assertThat(readiness.status()).as("readiness is down while Redis is").isEqualTo(503);
            assertThat(client.get("/actuator/health/liveness").status()).as("but the process is alive").isEqualTo(200);
        } finally {
            redis.start();
        }

        long back = System.nanoTime();
        Response reopened = null;
        while (System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
            reopened = client.post("/api/conversations", "{\"locale\":\"da\"}");
            if (reopened.status() == 201) {
                break;
            }
            Thread.sleep(100);
        }
        Duration recovered = Duration.ofNanos(System.nanoTime() - back);
        assertThat(reopened.status()).as("a conversation opens again after Redis returns").isEqualTo(201);
        assertThat(recovered).isLessThan(Duration.ofSeconds(5));
        assertThat(client.get("/actuator/health/readiness").status()).isEqualTo(200);
        Conversation fresh = new Conversation(reopened.json().get("conversationId").asString(),
                reopened.json().get("token").asString());
        assertThat(text(say(client, fresh, "min søn har glemt sin kode"))).contains("mitunilogin.dk");
        System.out.printf("Redis outage: service back %d ms after Redis started again%n", recovered.toMillis());
    }

    @Test
    void aRedisThatStopsAnsweringCostsARequestAboutASecondNotAHungThread() throws Exception {
        HttpTestClient client = apps.a().client();
        Conversation conversation = client.open();
        say(client, conversation, "min søn har glemt sin kode");

        redis.pause();
        Response turn;
        Duration took;
        try {
            long started = System.nanoTime();
            turn = client.say(conversation, HttpTestClient.json("text", "næste"));
            took = Duration.ofNanos(System.nanoTime() - started);
        } finally {
            redis.resume();
        }

        assertThat(turn.status()).isEqualTo(503);
        assertThat(turn.header("Retry-After")).isEqualTo("5");
        assertThat(took).as("given up after the command timeout (1 s)").isLessThan(Duration.ofSeconds(4));
        long back = System.nanoTime();
        Response next = turn;
        while (next.status() != 200 && System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(100);
            next = client.say(conversation, HttpTestClient.json("text", "næste"));
        }
        assertThat(text(next)).as("the same conversation goes on: the walk of its answer").contains("Trin 1 af 5");
    }
}
