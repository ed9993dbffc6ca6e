package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.directline.DirectLineTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Direct Line shares the web chat's per-address budget: anonymous tokens and posts beyond it
 * get 429 with Retry-After, while Web Chat's once-a-second polling is not counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "bot.web.rate-limit.burst=4",
        "bot.web.rate-limit.requests-per-second=0.05"})
class DirectLineRateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void tokensBeyondTheBudgetAre429ButPollingGoesOn() {
        DirectLineTestClient client = new DirectLineTestClient(port, null);
        Conversation conversation = client.connect();

        for (int i = 0; i < 20; i++) {
            assertThat(client.poll(conversation, "").status()).as("poll " + i).isEqualTo(200);
        }
        client.generate("");
        client.generate("");
        Response limited = client.generate("");
        Response post = client.post(conversation, DirectLineTestClient.typed("hej", "x1"));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("code").asString()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(post.status()).isEqualTo(429);
        assertThat(client.poll(conversation, "").status()).isEqualTo(200);
        for (String spelling : new String[] {"/v3//directline/tokens/generate", "/v3/directline/./tokens/generate",
                "/v3/%64irectline/tokens/generate", "/v3/directline/tokens/generate/", "/V3/DirectLine/tokens/generate"}) {
            assertThat(client.http.post(spelling, "").status()).as(spelling).isNotEqualTo(200);
        }
    }
}
