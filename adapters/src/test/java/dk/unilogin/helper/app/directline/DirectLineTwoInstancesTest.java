package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.directline.DirectLineTestClient.Conversation;
import dk.unilogin.helper.app.store.AppInstance;
import dk.unilogin.helper.app.store.AppInstances;
import dk.unilogin.helper.app.store.RedisServer;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Direct Line on two instances sharing one Redis, behind a load balancer without sticky
 * sessions: Web Chat's requests for one conversation land on either, its stream stays open on
 * one while its messages are posted to the other, and one instance restarts mid-conversation.
 */
class DirectLineTwoInstancesTest {
    private static final Pattern STEP = Pattern.compile("Trin (\\d+) af (\\d+)");

    @RegisterExtension
    @Order(1)
    static final RedisServer redis = new RedisServer();

    @RegisterExtension
    @Order(2)
    final AppInstances apps = AppInstances.twoForEachTest(redis);

    @Test
    void aConversationStartedOnAIsPostedToOnBAndReadOnAWithTheSameWatermarks() {
        Conversation conversation = client(apps.a()).connect();
        String welcomeMark = client(apps.a()).poll(conversation, "").json().get("watermark").asString();

        Response posted = client(apps.b()).post(conversation,
                DirectLineTestClient.typed("min søn har glemt sin kode til unilogin", "ab1"));

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        Response onA = client(apps.a()).poll(conversation, welcomeMark);
        List<JsonNode> after = list(onA.json().get("activities"));
        assertThat(after.get(0).get("id").asString()).isEqualTo(posted.json().get("id").asString());
        assertThat(after.get(0).get("channelData").get("clientActivityID").asString()).isEqualTo("ab1");
        assertThat(after.get(1).get("replyToId").asString()).isEqualTo(posted.json().get("id").asString());
        assertThat(after.get(1).get("text").asString()).contains("mitunilogin.dk");
        String watermark = onA.json().get("watermark").asString();
        assertThat(Long.parseLong(watermark)).isEqualTo(Long.parseLong(welcomeMark) + after.size());
        Response onB = client(apps.b()).poll(conversation, watermark);
        assertThat(onB.json().get("activities")).as("nothing repeats on the other instance").isEmpty();
        assertThat(onB.json().get("watermark").asString()).isEqualTo(watermark);
        assertThat(ids(client(apps.b()).transcript(conversation))).isEqualTo(ids(client(apps.a()).transcript(conversation)));
    }

    @Test
    void aTokenRefreshedOnBIsGoodOnAAndStartingAgainOnBIsTheSameConversation() {
        Response generated = client(apps.a()).generate("");
        String first = generated.json().get("token").asString();
        assertThat(client(apps.b()).start(first, "{\"user\":{\"id\":\"r_testuser01\"}}").status()).isEqualTo(201);
        assertThat(client(apps.a()).start(first, "{\"user\":{\"id\":\"r_testuser01\"}}").status())
                .as("the other instance knows it started: 200, no second welcome").isEqualTo(200);

        Response refreshed = client(apps.b()).refresh(first);
        assertThat(refreshed.status()).isEqualTo(200);
        Conversation conversation = new Conversation(refreshed.json().get("conversationId").asString(),
                refreshed.json().get("token").asString(), null);

        assertThat(client(apps.a()).post(conversation, DirectLineTestClient.typed("tak", "t1")).status()).isEqualTo(200);
        List<JsonNode> transcript = client(apps.a()).transcript(conversation);
        assertThat(transcript.stream().filter(x -> x.get("text").asString().startsWith("Hej!"))).hasSize(1);
        assertThat(transcript.get(1).get("channelData").get("clientActivityID").asString()).isEqualTo("t1");
        assertThat(client(apps.a()).reconnect(conversation.id(), conversation.token(), "1").status()).isEqualTo(200);
    }

    @Test
    void aStreamOpenOnAReceivesTheReplyToAMessagePostedOnBAndAReconnectOnBReplaysWhatWasMissed() throws Exception {
        Conversation conversation = client(apps.a()).connect();
        Response posted;
        try (StreamTestClient stream = StreamTestClient.open(conversation.streamUrl(), null)) {
            assertThat(stream.nextFrame().get("activities").get(0).get("text").asString()).startsWith("Hej!");

            posted = client(apps.b()).post(conversation, DirectLineTestClient.typed("min søn har glemt sin kode", "s1"));

            List<JsonNode> heard = stream.activities(2);
            assertThat(heard.get(0).get("id").asString()).isEqualTo(posted.json().get("id").asString());
            assertThat(heard.get(0).get("channelData").get("clientActivityID").asString()).isEqualTo("s1");
            assertThat(heard.get(1).get("replyToId").asString()).isEqualTo(posted.json().get("id").asString());
            assertThat(heard.get(1).get("text").asString()).contains("mitunilogin.dk");
        }
        String watermark = client(apps.a()).poll(conversation, "").json().get("watermark").asString();
        Response missed = client(apps.a()).post(conversation, DirectLineTestClient.typed("tak", "s2"));

        String streamUrl = client(apps.b()).reconnect(conversation.id(), conversation.token(), watermark)
                .json().get("streamUrl").asString();
        assertThat(streamUrl).contains(":" + apps.b().port() + "/");
        try (StreamTestClient stream = StreamTestClient.open(streamUrl, null)) {
            JsonNode frame = stream.nextFrame();
            assertThat(frame.get("activities").get(0).get("id").asString())
                    .isEqualTo(missed.json().get("id").asString());
        }
    }

    @Test
    void messagesPostedToBothInstancesAtOnceAreAnsweredOneAfterTheOtherEachReplyAfterItsEcho() throws Exception {
        Conversation conversation = client(apps.a()).connect();
        client(apps.a()).post(conversation, DirectLineTestClient.typed("hvordan får jeg mit unilogin som forælder", "c0"));
        client(apps.b()).post(conversation, DirectLineTestClient.typed("trin for trin", "c1"));
        List<JsonNode> before = client(apps.a()).transcript(conversation);
        assertThat(before.get(before.size() - 1).get("text").asString()).contains("Trin 1 af 8");

        int turns = 6;
        ExecutorService pool = Executors.newFixedThreadPool(turns);
        try {
            List<Future<Response>> posts = new ArrayList<>();
            for (int i = 0; i < turns; i++) {
                DirectLineTestClient instance = client(i % 2 == 0 ? apps.a() : apps.b());
                String clientId = "n" + i;
                posts.add(pool.submit((Callable<Response>) () ->
                        instance.post(conversation, DirectLineTestClient.typed("næste", clientId))));
            }
            for (Future<Response> post : posts) {
                assertThat(post.get().status()).as(post.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonNode> after = client(apps.b()).transcript(conversation).subList(before.size(), before.size() + 2 * turns);
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < after.size(); i += 2) {
            JsonNode echo = after.get(i);
            JsonNode reply = after.get(i + 1);
            assertThat(echo.get("from").get("role").asString()).isEqualTo("user");
            assertThat(reply.get("replyToId").asString()).as("each echo is followed by its own reply")
                    .isEqualTo(echo.get("id").asString());
            steps.add(step(reply.get("text").asString()));
        }
        assertThat(steps).as("each 'næste' moved one step on from the one before it, in the transcript's order")
                .containsExactly(2, 3, 4, 5, 6, 7);
    }

    @Test
    void anInstanceRestartedMidConversationGoesOnWithItAtItsStepAndWatermark() throws Exception {
        Conversation conversation = client(apps.a()).connect();
        client(apps.a()).post(conversation, DirectLineTestClient.typed("hvordan får jeg mit unilogin som forælder", "r0"));
        client(apps.a()).post(conversation, DirectLineTestClient.typed("trin for trin", "r1"));
        String watermark = client(apps.a()).poll(conversation, "").json().get("watermark").asString();

        apps.restartA();

        Response next = client(apps.a()).post(conversation, DirectLineTestClient.typed("næste", "r2"));
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        Response after = client(apps.a()).poll(conversation, watermark);
        List<JsonNode> activities = list(after.json().get("activities"));
        assertThat(activities.get(0).get("channelData").get("clientActivityID").asString()).isEqualTo("r2");
        assertThat(activities.get(1).get("text").asString()).contains("Trin 2 af 8");
        assertThat(Long.parseLong(after.json().get("watermark").asString()))
                .isEqualTo(Long.parseLong(watermark) + 2);
    }

    private static DirectLineTestClient client(AppInstance instance) {
        return new DirectLineTestClient(instance.port(), null);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> all = new ArrayList<>();
        array.forEach(all::add);
        return all;
    }

    private static List<String> ids(List<JsonNode> activities) {
        return activities.stream().map(x -> x.get("id").asString()).toList();
    }

    private static int step(String text) {
        Matcher m = STEP.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no step in: " + text);
        }
        return Integer.parseInt(m.group(1));
    }
}
