package dk.unilogin.helper.app.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.RawHttp;
import dk.unilogin.helper.app.web.RawHttp.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever goes wrong, and whoever answers (a controller, a filter, Spring Security, Tomcat
 * itself), the client gets a problem with the security headers, and nobody gets a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "bot.admin.username=skoleadmin", "bot.admin.password=korrekt-hest-batteri"})
class ServerErrorsTest {

    @LocalServerPort
    int port;

    @Test
    void unknownPathsAre404ProblemsForEveryMethod() {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            for (String path : List.of("/no-such-page", "/api/nothing", "/telegram/nothing", "/x/y/z")) {
                Response response = RawHttp.exchange(port, method, path, method.equals("GET") ? null : "{}");
                assertThat(response.status()).as(method + " " + path).isIn(404, 405);
                assertProblemWithHeaders(response, method + " " + path);
            }
        }
        Response post = RawHttp.exchange(port, "POST", "/", "{}");
        assertThat(post.status()).as("POST /").isIn(404, 405);
        assertProblemWithHeaders(post, "POST /");
    }

    @Test
    void theErrorPageAskedForDirectlyDoesNotExist() {
        for (String method : List.of("GET", "POST")) {
            Response response = RawHttp.exchange(port, method, "/error", method.equals("GET") ? null : "{}");
            assertThat(response.status()).as(method + " /error").isEqualTo(404);
            assertProblemWithHeaders(response, "/error");
            assertThat(response.body()).doesNotContain("999");
        }
    }

    @Test
    void tomcatsOwnErrorsAreProblemsWithTheSecurityHeaders() {
        for (String path : List.of("/api%2Fconversations", "/api%2fconversations", "/%2e%2e/etc/passwd", "/a%00b",
                "/api/conversations%5c")) {
            Response response = RawHttp.exchange(port, "GET", path, null);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertProblemWithHeaders(response, path);
        }
        Response badLine = rawRequest("GET /a b c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(badLine.status()).isEqualTo(400);
        assertProblemWithHeaders(badLine, "a malformed request line");
        Response badHeader = rawRequest("GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\nConnection: close\r\n\r\n");
        assertThat(badHeader.status()).isEqualTo(400);
        assertProblemWithHeaders(badHeader, "a malformed header");
    }

    @Test
    void noRequestCreatesASession() {
        List<Response> responses = List.of(
                RawHttp.exchange(port, "POST", "/", "{}"),
                RawHttp.exchange(port, "POST", "/no-such-page", "a=b"),
                RawHttp.exchange(port, "POST", "/api/conversations", "{}"),
                RawHttp.exchange(port, "GET", "/", null),
                RawHttp.exchange(port, "GET", "/admin", null),
                RawHttp.exchange(port, "POST", "/admin/api/reload/schools", "{}"),
                RawHttp.exchange(port, "POST", "/admin/api/reload/schools", "{}",
                        "Authorization", "Basic c2tvbGVhZG1pbjpmb3JrZXJ0"));
        for (Response response : responses) {
            assertThat(String.valueOf(response.header("Set-Cookie"))).as(response.toString()).doesNotContain("JSESSIONID");
        }
    }

    @Test
    void numbersAndBooleansAreNotText() {
        HttpTestClient client = new HttpTestClient(port);
        HttpTestClient.Conversation conversation = client.open();
        for (String body : List.of("{\"text\":123}", "{\"text\":true}", "{\"text\":1.5}", "{\"value\":7}",
                "{\"text\":[\"hej\"]}", "{\"text\":{\"a\":1}}")) {
            HttpTestClient.Response response = client.say(conversation, body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("malformed-json");
        }
        assertThat(client.post("/api/conversations", "{\"locale\":5}").status()).isEqualTo(400);
        assertThat(client.post("/api/conversations", "{\"school\":false}").status()).isEqualTo(400);
    }

    @Test
    void slowClientsAreDroppedWithinSeconds() throws Exception {
        long started = System.nanoTime();
        try (RawHttp http = new RawHttp(port, 30_000)) {
            http.send("POST /api/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // headers never finished
            assertThat(http.closedByServer()).isTrue();
        }
        long headersSeconds = (System.nanoTime() - started) / 1_000_000_000L;
        started = System.nanoTime();
        try (RawHttp http = new RawHttp(port, 30_000)) {
            http.send("POST /api/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"lo"); // body never finished
            assertThat(http.closedByServer()).isTrue();
        }
        long bodySeconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(headersSeconds).as("seconds a silent client held the connection (headers)").isLessThan(15);
        assertThat(bodySeconds).as("seconds a silent client held the connection (body)").isLessThan(15);
    }

    @Test
    void aBodyTricklingInIsCutOffAtTheReadDeadline() throws Exception {
        long started = System.nanoTime();
        try (RawHttp http = new RawHttp(port, 30_000)) {
            http.send("POST /api/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n");
            boolean cut = false;
            for (int i = 0; i < 40 && !cut; i++) {
                try {
                    http.send(" ");
                    Thread.sleep(1_000);
                } catch (java.io.IOException e) {
                    cut = true;
                }
                if (!cut && (System.nanoTime() - started) / 1_000_000_000L > 25) {
                    break;
                }
            }
            assertThat(cut || http.closedByServer()).isTrue();
        }
        assertThat((System.nanoTime() - started) / 1_000_000_000L).as("seconds held").isLessThan(25);
    }

    private Response rawRequest(String request) {
        try (RawHttp http = new RawHttp(port, 10_000)) {
            http.send(request);
            return http.readResponse();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static void assertProblemWithHeaders(Response response, String what) {
        assertThat(response.header("Content-Type")).as(what + ": " + response).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).as(what).isEqualTo(response.status());
        assertThat(response.json().get("code").asString()).as(what).isNotBlank();
        assertThat(response.header("Content-Security-Policy")).as(what).contains("frame-ancestors");
        assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("Tomcat");
    }
}
