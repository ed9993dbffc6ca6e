package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.directline.DirectLineTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every Direct Line request and answer Web Chat relies on, over plain HTTP, with the headers
 * and bodies Web Chat 4.18.1 sends: tokens, start (201/200), reconnect, post and echo,
 * polling with string watermarks, the reply's shape, 403 for expired tokens, 404 for ended
 * conversations, CORS preflights, school binding and the guards.
 */
class DirectLineApiTest extends DirectLineServerTest {

    @Test
    void generateGivesAnOpaqueTokenAndStartingIs201ThenTheSameConversationWith200() {
        DirectLineTestClient client = client();
        Response generated = client.generate("");
        assertThat(generated.status()).isEqualTo(200);
        String conversationId = generated.json().get("conversationId").asString();
        String token = generated.json().get("token").asString();
        assertThat(generated.json().get("expires_in").asLong()).isEqualTo(1800);

        Response first = client.start(token, "{\"user\":{\"id\":\"r_lhruzy130q\"}}");
        Response again = client.start(token, "{\"user\":{\"id\":\"r_lhruzy130q\"}}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("conversationId").asString()).isEqualTo(conversationId);
        assertThat(first.json().get("token").asString()).isEqualTo(token);
        assertThat(first.json().get("expires_in").asLong()).isBetween(1700L, 1800L);
        assertThat(first.json().get("streamUrl").asString())
                .startsWith("ws://127.0.0.1:" + port + "/v3/directline/conversations/" + conversationId + "/stream?t=")
                .doesNotContain(token);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("conversationId").asString()).isEqualTo(conversationId);
        assertThat(client.transcript(new Conversation(conversationId, token, null)))
                .as("one welcome, not two").hasSize(1);
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theWelcomeIsThereWhenTheFirstPollComesAndWatermarksAreStringsThatDoNotRepeat() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();

        Response first = client.poll(conversation, "");
        JsonNode welcome = first.json().get("activities").get(0);
        String watermark = first.json().get("watermark").stringValue();
        Response again = client.poll(conversation, watermark);

        assertThat(welcome.get("type").asString()).isEqualTo("message");
        assertThat(welcome.get("from").get("role").asString()).isEqualTo("bot");
        assertThat(welcome.get("text").asString()).startsWith("Hej! Jeg er Unilogin-hjælperen.");
        assertThat(welcome.get("suggestedActions").get("actions")).isNotEmpty();
        assertThat(first.json().get("watermark").isString()).isTrue();
        assertThat(watermark).isEqualTo("1");
        assertThat(again.json().get("activities")).isEmpty();
        assertThat(again.json().get("watermark").stringValue()).isEqualTo(watermark);
    }

    @Test
    void aPostedMessageIsEchoedAsTheUsersThenAnsweredFromTheGuideAfterIt() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();
        String welcomeMark = client.poll(conversation, "").json().get("watermark").stringValue();

        Response posted = client.post(conversation,
                DirectLineTestClient.typed("min søn har glemt sin kode til unilogin", "v4uzcvrwpom"));

        assertThat(posted.status()).isEqualTo(200);
        String echoId = posted.json().get("id").asString();
        List<JsonNode> after = list(client.poll(conversation, welcomeMark).json().get("activities"));
        JsonNode echo = after.get(0);
        assertThat(echo.get("id").asString()).isEqualTo(echoId);
        assertThat(echo.get("from").get("role").asString()).isEqualTo("user");
        assertThat(echo.get("from").get("id").asString()).isEqualTo("r_testuser01");
        assertThat(echo.get("channelData").get("clientActivityID").asString()).isEqualTo("v4uzcvrwpom");
        assertThat(echo.get("text").asString()).isEqualTo("min søn har glemt sin kode til unilogin");

        List<JsonNode> replies = after.subList(1, after.size());
        assertThat(replies).isNotEmpty();
        JsonNode answer = replies.get(0);
        assertThat(answer.get("from").get("role").asString()).isEqualTo("bot");
        assertThat(answer.get("replyToId").asString()).isEqualTo(echoId);
        assertThat(answer.get("textFormat").asString()).isEqualTo("markdown");
        assertThat(answer.get("text").asString()).contains("mitunilogin.dk").contains("1.");
        assertThat(answer.get("channelData")).as("a reply never carries the user's clientActivityID").isNull();
        Instant asked = Instant.parse(echo.get("timestamp").asString());
        for (JsonNode reply : replies) {
            assertThat(Instant.parse(reply.get("timestamp").asString())).isAfter(asked);
            assertThat(reply.get("conversation").get("id").asString()).isEqualTo(conversation.id());
        }
    }

    @Test
    void aPressedButtonPostsItsTitleWhichTheBotAnswersAsTheButton() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();
        JsonNode welcome = client.poll(conversation, "").json().get("activities").get(0);
        JsonNode action = welcome.get("suggestedActions").get("actions").get(0);
        assertThat(action.get("type").asString()).isEqualTo("imBack");
        assertThat(action.get("value").asString()).as("the user's bubble shows the title")
                .isEqualTo(action.get("title").asString());

        Response pressed = client.post(conversation, DirectLineTestClient.typed(action.get("title").asString(), "b1"));

        List<JsonNode> after = list(client.poll(conversation, "1").json().get("activities"));
        assertThat(after.get(0).get("text").asString()).isEqualTo(action.get("title").asString());
        JsonNode answer = after.get(1);
        assertThat(answer.get("replyToId").asString()).isEqualTo(pressed.json().get("id").asString());
        assertThat(answer.get("text").asString()).as("answered from the guide, not the fallback").contains("1.")
                .doesNotContain("Det kan jeg desværre ikke svare på");
    }

    @Test
    void refreshGivesANewTokenForTheSameConversationAndReconnectGivesAStreamFromTheWatermark() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();

        Response refreshed = client.refresh(conversation.token());
        String newToken = refreshed.json().get("token").asString();
        Response reconnected = client.reconnect(conversation.id(), newToken, "1");

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(newToken).isNotEqualTo(conversation.token());
        assertThat(refreshed.json().get("conversationId").asString()).isEqualTo(conversation.id());
        assertThat(reconnected.status()).isEqualTo(200);
        assertThat(reconnected.json().get("conversationId").asString()).isEqualTo(conversation.id());
        assertThat(reconnected.json().get("streamUrl").asString()).contains("/stream?t=").endsWith("&watermark=1");
        Conversation withNewToken = new Conversation(conversation.id(), newToken, null);
        assertThat(client.post(withNewToken, DirectLineTestClient.typed("tak", "r1")).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIs403AndAWrongOneToo() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();
        Conversation other = client.connect();

        Response wrongConversation = client.poll(new Conversation(conversation.id(), other.token(), null), "");
        Response garbage = client.poll(new Conversation(conversation.id(), "not-a-token", null), "");
        Response noToken = client.http.get("/v3/directline/conversations/" + conversation.id() + "/activities");
        clock.advance(Duration.ofMinutes(31));
        Response expired = client.poll(conversation, "");
        Response expiredRefresh = client.refresh(conversation.token());

        assertProblem(wrongConversation, 403, "token-invalid");
        assertProblem(garbage, 403, "token-invalid");
        assertProblem(noToken, 401, "token-required");
        assertProblem(expired, 403, "token-expired");
        assertProblem(expiredRefresh, 403, "token-expired");
    }

    @Test
    void anEndedConversationIs404() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();
        Response refreshed = client.refresh(conversation.token());

        clock.advance(Duration.ofMinutes(11));
        expiry.removeIdle();

        Conversation fresh = new Conversation(conversation.id(), refreshed.json().get("token").asString(), null);
        assertProblem(client.poll(fresh, ""), 404, "conversation-ended");
        assertProblem(client.post(fresh, DirectLineTestClient.typed("hej", "e1")), 404, "conversation-ended");
        assertProblem(client.reconnect(fresh.id(), fresh.token(), ""), 404, "conversation-ended");
    }

    @Test
    void preflightsFromTheSchoolsOriginAllowWebChatsHeadersAndOthersAreRefused() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();
        String path = "/v3/directline/conversations/" + conversation.id() + "/activities?watermark=3";
        String requested = "authorization,content-type,x-ms-bot-agent,x-requested-with";

        Response allowed = client.http.options(path, "Origin", SCHOOL_ORIGIN,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", requested);
        Response foreign = client.http.options(path, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", requested);
        Response realCall = new DirectLineTestClient(port, SCHOOL_ORIGIN).poll(conversation, "");

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(SCHOOL_ORIGIN);
        assertThat(allowed.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization", "content-type", "x-ms-bot-agent", "x-requested-with");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
        assertThat(realCall.status()).isEqualTo(200);
        assertThat(realCall.header("Access-Control-Allow-Origin")).isEqualTo(SCHOOL_ORIGIN);
    }

    @Test
    void aSchoolsSecretOrItsOwnPageBindsTheConversationToTheSchool() {
        DirectLineTestClient backend = client();
        DirectLineTestClient schoolPage = new DirectLineTestClient(port, SCHOOL_ORIGIN);
        DirectLineTestClient otherPage = new DirectLineTestClient(port, "http://localhost:9999");

        Response bySecret = backend.generate("", "Authorization", "Bearer " + TestSchoolFolder.SECRET);
        Response byPage = schoolPage.generate("{\"school\":\"vestskolen\"}");
        Response wrongSecret = backend.generate("", "Authorization", "Bearer not-the-secret");
        Response wrongOrigin = otherPage.generate("{\"school\":\"vestskolen\"}");
        Response unknownSchool = schoolPage.generate("{\"school\":\"nordskolen\"}");

        for (Response bound : List.of(bySecret, byPage)) {
            String token = bound.json().get("token").asString();
            Response started = backend.start(token, "{\"user\":{\"id\":\"r_x\"}}");
            Conversation conversation = new Conversation(started.json().get("conversationId").asString(), token, null);
            assertThat(backend.transcript(conversation).get(0).get("text").asString())
                    .startsWith("Hej! Jeg er Unilogin-hjælperen for " + TestSchoolFolder.SCHOOL_NAME);
        }
        assertProblem(wrongSecret, 403, "secret-invalid");
        assertProblem(wrongOrigin, 403, "origin-not-allowed");
        assertProblem(unknownSchool, 404, "school-not-found");
    }

    @Test
    void anEnglishLocaleGetsTheWelcomeInEnglish() {
        DirectLineTestClient client = client();
        String token = client.generate("").json().get("token").asString();
        Response started = client.start(token, "{\"user\":{\"id\":\"r_en\"},\"locale\":\"en-US\"}");

        Conversation conversation = new Conversation(started.json().get("conversationId").asString(), token, null);
        assertThat(client.transcript(conversation).get(0).get("text").asString()).startsWith("Hi");
    }

    @Test
    void aPasswordIsRemovedFromTheEchoBeforeItIsStored() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();

        client.post(conversation, DirectLineTestClient.typed("min kode er Sommer2024! og den virker ikke", "p1"));

        String transcript = client.poll(conversation, "").body();
        assertThat(transcript).doesNotContain("Sommer2024").contains("[skjult]");
    }

    @Test
    void badInputGetsAProblemAndLosesNothing() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();

        assertProblem(client.post(conversation, DirectLineTestClient.typed("a".repeat(1001), "l1")), 400, "text-too-long");
        assertProblem(client.post(conversation, DirectLineTestClient.typed("   ", "l2")), 400, "text-empty");
        assertProblem(client.post(conversation, "{\"type\":\"message\",\"text\":\"min kode er Hemmelig123"), 400,
                "malformed-json");
        assertProblem(client.post(conversation, "{\"type\":\"message\",\"text\":\"hej\",\"attachments\":[{}]}"), 400,
                "attachments-not-supported");
        assertProblem(client.poll(conversation, "abc"), 400, "invalid-watermark");
        Response huge = client.post(conversation, DirectLineTestClient.typed("x".repeat(17 * 1024), "l3"));
        assertThat(huge.status()).isEqualTo(413);

        assertThat(client.transcript(conversation)).as("only the welcome: nothing refused was stored").hasSize(1);
        assertThat(client.post(conversation, DirectLineTestClient.typed("hej", "l4")).status()).isEqualTo(200);
    }

    static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    static List<JsonNode> list(JsonNode array) {
        java.util.ArrayList<JsonNode> all = new java.util.ArrayList<>();
        array.forEach(all::add);
        return all;
    }
}
