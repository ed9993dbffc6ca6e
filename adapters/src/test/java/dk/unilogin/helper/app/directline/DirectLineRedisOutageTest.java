package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.directline.DirectLineTestClient.Conversation;
import dk.unilogin.helper.app.store.AppInstances;
import dk.unilogin.helper.app.store.RedisServer;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Redis stopped under an instance serving Direct Line: every Direct Line call gets 503
 * problem details with Retry-After, as the web chat API does, and when Redis is back the
 * instance serves Direct Line again without a restart, streams included.
 */
class DirectLineRedisOutageTest {
    @RegisterExtension
    @Order(1)
    static final RedisServer redis = new RedisServer();

    @RegisterExtension
    @Order(2)
    static final AppInstances apps = AppInstances.oneForTheClass(redis);

    @Test
    void whileRedisIsDownDirectLineAnswers503WithRetryAfterAndAfterwardsItIsBackStreamsIncluded() throws Exception {
        DirectLineTestClient client = new DirectLineTestClient(apps.a().port(), null);
        Conversation conversation = client.connect();

        redis.stop();
        try {
            List<Response> refused = List.of(
                    client.post(conversation, DirectLineTestClient.typed("min søn har glemt sin kode", "o1")),
                    client.poll(conversation, "1"),
                    client.refresh(conversation.token()),
                    client.reconnect(conversation.id(), conversation.token(), "1"),
                    client.generate(""));
            for (Response response : refused) {
                assertThat(response.status()).as(response.body()).isEqualTo(503);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.header("Retry-After")).isEqualTo("5");
                assertThat(response.json().get("code").asString()).isEqualTo("store-unavailable");
            }
            assertThat(StreamTestClient.refused(conversation.streamUrl(), null)).isTrue();
        } finally {
            redis.start();
        }

        long back = System.nanoTime();
        Response generated = client.generate("");
        while (generated.status() != 200 && System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(100);
            generated = client.generate("");
        }
        assertThat(generated.status()).as("a token is given again after Redis returns").isEqualTo(200);
        Conversation fresh = client.connect();
        try (StreamTestClient stream = StreamTestClient.open(fresh.streamUrl(), null)) {
            stream.nextFrame();
            long posted = System.nanoTime();
            Response post = client.post(fresh, DirectLineTestClient.typed("min søn har glemt sin kode", "o2"));
            assertThat(post.status()).as(post.body()).isEqualTo(200);
            List<JsonNode> heard = stream.activities(2);
            System.out.printf("Direct Line after a Redis outage: a stream frame %d ms after the post, "
                    + "%d ms after Redis started%n", Duration.ofNanos(System.nanoTime() - posted).toMillis(),
                    Duration.ofNanos(System.nanoTime() - back).toMillis());
            assertThat(heard.get(1).get("text").asString()).as("the stream hears appends again")
                    .contains("mitunilogin.dk");
        }
    }
}
