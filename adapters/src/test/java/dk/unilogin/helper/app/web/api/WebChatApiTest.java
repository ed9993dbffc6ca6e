package dk.unilogin.helper.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The web chat API over real HTTP: every status code it promises, in the problem-details shape. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "bot.web.rate-limit.burst=10000",
        "bot.web.rate-limit.requests-per-second=10000"})
class WebChatApiTest {

    @LocalServerPort
    int port;
    HttpTestClient client;

    @BeforeEach
    void setUp() {
        client = new HttpTestClient(port);
    }

    @Test
    void openingAConversationGivesIdTokenAndTheWelcome() {
        Response response = client.post("/api/conversations", "{\"school\":\"demo-skole\",\"locale\":\"da\"}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        JsonNode body = response.json();
        assertThat(body.get("conversationId").asString()).isNotBlank();
        assertThat(body.get("token").asString()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(response.header("Location")).isEqualTo("/api/conversations/" + body.get("conversationId").asString());
        JsonNode welcome = body.get("activities").get(0);
        assertThat(welcome.get("type").asString()).isEqualTo("message");
        assertThat(welcome.get("textFormat").asString()).isEqualTo("markdown");
        assertThat(welcome.get("text").asString()).isNotBlank();
        assertThat(welcome.get("suggestedActions").isArray()).isTrue();
    }

    @Test
    void openingWithoutBodyDefaultsToDanish() {
        Response response = client.post("/api/conversations", "");

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void aQuestionGetsTheGuideAndAButtonValueIsAccepted() {
        Conversation conversation = client.open();

        Response answer = client.say(conversation, HttpTestClient.json("text", "mit barn har glemt sin kode"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("mitunilogin.dk");
        JsonNode withActions = null;
        for (JsonNode activity : answer.json().get("activities")) {
            if (!activity.get("suggestedActions").isEmpty()) {
                withActions = activity;
            }
        }
        assertThat(withActions).as("an answer offers buttons").isNotNull();
        String value = withActions.get("suggestedActions").get(0).get("value").asString();
        Response pressed = client.say(conversation, HttpTestClient.json("value", value));
        assertThat(pressed.status()).isEqualTo(200);
        assertThat(pressed.json().get("activities").isEmpty()).isFalse();
    }

    @Test
    void missingTokenIs401WithBearerChallenge() {
        Conversation conversation = client.open();

        Response response = client.post("/api/conversations/" + conversation.id() + "/activities",
                HttpTestClient.json("text", "hej"));

        assertProblem(response, 401, "token-required");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void wrongTokenLooksExactlyLikeAnUnknownConversation() {
        Conversation conversation = client.open();
        Conversation other = client.open();

        Response wrongToken = client.say(new Conversation(conversation.id(), other.token()),
                HttpTestClient.json("text", "hej"));
        Response unknown = client.say(new Conversation("does-not-exist", other.token()),
                HttpTestClient.json("text", "hej"));

        assertProblem(wrongToken, 404, "conversation-not-found");
        assertThat(wrongToken.body().replace(conversation.id(), "ID"))
                .isEqualTo(unknown.body().replace("does-not-exist", "ID"));
    }

    @Test
    void emptyTextIs400() {
        Response response = client.say(client.open(), HttpTestClient.json("text", "   "));

        assertProblem(response, 400, "text-empty");
    }

    @Test
    void textOver1000CharactersIs400AndExactly1000IsAccepted() {
        Conversation conversation = client.open();

        assertProblem(client.say(conversation, HttpTestClient.json("text", "a".repeat(1001))), 400, "text-too-long");
        assertThat(client.say(conversation, HttpTestClient.json("text", "a".repeat(1000))).status()).isEqualTo(200);
    }

    @Test
    void neitherTextNorValueIs400() {
        assertProblem(client.say(client.open(), "{}"), 400, "text-or-value-required");
    }

    @Test
    void brokenJsonIs400WithoutEchoingTheBody() {
        Response onPost = client.say(client.open(), "{\"text\": \"min kode er Hemmelig123");
        Response onOpen = client.post("/api/conversations", "{not json");

        assertProblem(onPost, 400, "malformed-json");
        assertThat(onPost.body()).doesNotContain("Hemmelig123");
        assertProblem(onOpen, 400, "malformed-json");
    }

    @Test
    void unknownLocaleIs400() {
        assertProblem(client.post("/api/conversations", "{\"locale\":\"fr\"}"), 400, "unknown-locale");
    }

    @Test
    void bodiesOver16KiBAre413WithOrWithoutContentLength() {
        Conversation conversation = client.open();
        String huge = HttpTestClient.json("text", "x".repeat(17 * 1024));
        String path = "/api/conversations/" + conversation.id() + "/activities";

        assertProblem(client.post(path, huge, "Authorization", "Bearer " + conversation.token()), 413, "body-too-large");
        assertProblem(client.postChunked(path, huge, "Authorization", "Bearer " + conversation.token()),
                413, "body-too-large");
        assertThat(client.postChunked(path, HttpTestClient.json("text", "hej"),
                "Authorization", "Bearer " + conversation.token()).status()).isEqualTo(200);
        // under the limit and longer than the first buffer, with and without a declared length: read whole
        // (the closing brace comes last)
        String padded = "{\"text\":\"hej\"" + " ".repeat(15 * 1024) + "}";
        assertThat(client.postChunked(path, padded, "Authorization", "Bearer " + conversation.token()).status())
                .isEqualTo(200);
        assertThat(client.post(path, padded, "Authorization", "Bearer " + conversation.token()).status()).isEqualTo(200);
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Response response = client.get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.has("/api/conversations")).isTrue();
        assertThat(paths.has("/api/conversations/{conversationId}/activities")).isTrue();
    }

    @Test
    void schoolWidgetSettingsCarryTheSchoolsColours() {
        Response demo = client.get("/api/schools/demo-skole/widget");

        assertThat(demo.status()).isEqualTo(200);
        assertThat(demo.json().get("colors").get("primary").asString()).isEqualTo("#0b5cad");
        assertProblem(client.get("/api/schools/no-such-school/widget"), 404, "school-not-found");
    }

    static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("code").asString()).isEqualTo(code);
    }
}
