package dk.unilogin.helper.app.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A full conversation registry says so with 503 and when to come back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "bot.conversations.max=2"})
class BusyServerTest {

    @LocalServerPort
    int port;

    @Test
    void aFullRegistryAnswers503WithRetryAfter() {
        HttpTestClient client = new HttpTestClient(port);
        client.open();
        client.open();

        HttpTestClient.Response busy = client.post("/api/conversations", "{}");

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(busy.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(busy.header("Content-Security-Policy")).isNotNull();
    }
}
