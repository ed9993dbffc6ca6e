package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With a tiny configured limit, the request beyond it gets 429, Retry-After and a problem body. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "bot.web.rate-limit.burst=2",
        "bot.web.rate-limit.requests-per-second=0.05"})
class RateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    void requestsBeyondTheBurstAre429WithRetryAfter() {
        HttpTestClient client = new HttpTestClient(port);
        client.open();
        client.open();

        Response limited = client.post("/api/conversations", "{}");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(limited.json().get("code").asString()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 20L);
        assertThat(limited.header("Content-Security-Policy")).as("refusals carry security headers").isNotNull();
        assertThat(client.get("/widget.js").status()).as("pages and the widget are not limited").isEqualTo(200);
    }
}
