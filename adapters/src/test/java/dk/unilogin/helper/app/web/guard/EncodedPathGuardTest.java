package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.RawHttp;
import dk.unilogin.helper.app.web.RawHttp.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every guarded request in every other spelling of its path: encoded letters, encoded
 * slashes in either case, ';' parameters, '//', '.' and '..' segments, upper case, a
 * trailing slash. None may reach a controller past the guards: each is refused up front
 * (400, or 413 for the big body) or not routed at all (404), always as a problem with the security headers, and a
 * large body is never parsed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class EncodedPathGuardTest {
    private static final List<String> OPEN_SPELLINGS = List.of(
            "/%61pi/conversations", "/%61%70%69/conversations", "/api/%63onversations", "/api/conversation%73",
            "/api%2Fconversations", "/api%2fconversations", "/api;x=1/conversations", "/api/conversations;jsessionid=1",
            "//api/conversations", "/api//conversations", "/api/./conversations", "/x/../api/conversations",
            "/api/%2e/conversations", "/api/x/%2E%2E/conversations", "/api/conversations%3B", "/api\\conversations",
            "/API/conversations", "/Api/Conversations", "/api/conversations/");
    private static final List<String> TURN_SPELLINGS = List.of(
            "/%61pi/conversations/ID/activities", "/api/conversations/ID/%61ctivities", "/api/conversations/ID%2Factivities",
            "/api/conversations/ID;x/activities", "/api/conversations//ID/activities", "/api/conversations/ID/./activities",
            "/api/conversations/ID/activities/", "/API/conversations/ID/activities");
    private static final List<String> SETTINGS_SPELLINGS = List.of(
            "/api/schools/demo-skole/%77idget", "/%61pi/schools/demo-skole/widget", "/api/schools/demo%2Dskole/widget",
            "/api/schools/demo-skole/widget;x", "/api/schools/x/../demo-skole/widget");

    @LocalServerPort
    int port;

    @Test
    void openingAConversationThroughAnotherSpellingIsNeverServed() {
        String big = "{\"locale\":\"da\",\"pad\":\"" + "x".repeat(1_000_000) + "\"}";
        for (String path : OPEN_SPELLINGS) {
            assertRefused(RawHttp.exchange(port, "POST", path, "{\"locale\":\"da\"}"), path);
            Response withBigBody = exchangeOrCutOff(path, big);
            if (withBigBody != null) {
                assertRefused(withBigBody, path + " with a 1 MB body");
            }
        }
    }

    @Test
    void aTurnThroughAnotherSpellingIsNeverServed() {
        HttpTestClient.Conversation conversation = new HttpTestClient(port).open();
        for (String spelling : TURN_SPELLINGS) {
            String path = spelling.replace("ID", conversation.id());
            assertRefused(RawHttp.exchange(port, "POST", path, "{\"text\":\"hej\"}",
                    "Authorization", "Bearer " + conversation.token()), path);
        }
    }

    @Test
    void widgetSettingsThroughAnotherSpellingAreNeverServed() {
        for (String path : SETTINGS_SPELLINGS) {
            assertRefused(RawHttp.exchange(port, "GET", path, null), path);
        }
        assertThat(RawHttp.exchange(port, "GET", "/api/schools/demo-skole/widget", null).status())
                .as("the plain spelling works").isEqualTo(200);
    }

    /** The answer, or null when the server refused by closing the connection before the body was sent. */
    private Response exchangeOrCutOff(String path, String body) {
        try {
            return RawHttp.exchange(port, "POST", path, body);
        } catch (AssertionError e) {
            if (e.getCause() instanceof java.net.SocketException) {
                return null;
            }
            throw e;
        }
    }

    private static void assertRefused(Response response, String path) {
        assertThat(response.status()).as(path + " -> " + response).isIn(400, 404, 413);
        assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        assertThat(response.header("Content-Security-Policy")).as(path).contains("frame-ancestors");
        assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(response.body()).as(path).doesNotContain("token").doesNotContain("conversationId");
    }
}
