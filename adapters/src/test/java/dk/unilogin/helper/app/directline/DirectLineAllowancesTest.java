package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.directline.DirectLineTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Direct Line is held to the web chat's allowances for schools: a token opens a conversation
 * (counted per address), a posted activity is a turn (counted per conversation, so one busy
 * conversation does not use up another's turns), and polls are not counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "bot.web.rate-limit.conversations.burst=3",
        "bot.web.rate-limit.conversations.per-minute=1",
        "bot.web.rate-limit.turns.burst=2",
        "bot.web.rate-limit.turns.per-minute=1"})
class DirectLineAllowancesTest {

    @LocalServerPort
    int port;

    @Test
    void tokensAreConversationsOpenedAndPostsAreTurnsOfTheirConversation() {
        DirectLineTestClient client = new DirectLineTestClient(port, null);
        Conversation busy = client.connect();
        Conversation quiet = client.connect();

        assertThat(client.post(busy, DirectLineTestClient.typed("hej", "b1")).status()).isEqualTo(200);
        assertThat(client.post(busy, DirectLineTestClient.typed("hej igen", "b2")).status()).isEqualTo(200);
        Response tooManyTurns = client.post(busy, DirectLineTestClient.typed("og igen", "b3"));
        Response otherConversation = client.post(quiet, DirectLineTestClient.typed("hej", "q1"));
        assertThat(client.generate("").status()).as("the third token").isEqualTo(200);
        Response tooManyTokens = client.generate("");

        assertThat(tooManyTurns.status()).isEqualTo(429);
        assertThat(Long.parseLong(tooManyTurns.header("Retry-After"))).isPositive();
        assertThat(otherConversation.status()).isEqualTo(200);
        assertThat(tooManyTokens.status()).isEqualTo(429);
        assertThat(tooManyTokens.json().get("code").asString()).isEqualTo("rate-limited");
        for (int i = 0; i < 10; i++) {
            assertThat(client.poll(busy, "").status()).as("poll " + i).isEqualTo(200);
        }
    }
}
