package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.RawHttp;
import dk.unilogin.helper.app.web.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Control characters in a header the chat reads (its token) are the client's error: a 400
 * problem that neither quotes the header nor costs the conversation anything, never a 500.
 * Letters beyond ASCII are no control characters: they reach the token check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class HeaderCharactersTest {

    @LocalServerPort
    int port;

    @Test
    void aControlCharacterInTheTokenIsABadRequestAndTheConversationGoesOn() {
        HttpTestClient client = new HttpTestClient(port);
        HttpTestClient.Conversation conversation = client.open();
        String path = "/api/conversations/" + conversation.id() + "/activities";

        // DEL Tomcat refuses itself while reading the headers; C1 controls pass it as bytes.
        Response delete = RawHttp.exchange(port, "POST", path, "{\"text\":\"hej\"}",
                "Authorization", "Bearer " + conversation.token() + "\u007f");
        assertThat(delete.status()).isEqualTo(400);
        for (String control : new String[] {"\u0085", "\u009b"}) {
            Response refused = RawHttp.exchange(port, "POST", path, "{\"text\":\"hej\"}",
                    "Authorization", "Bearer " + conversation.token() + control);
            assertThat(refused.status()).as("control U+%04X", (int) control.charAt(0)).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("code").asString()).isEqualTo("rejected-header");
            assertThat(refused.body()).doesNotContain(conversation.token());
        }

        Response withLatinLetter = RawHttp.exchange(port, "POST", path, "{\"text\":\"hej\"}",
                "Authorization", "Bearer " + conversation.token() + "\u00f8");
        Response withWrongToken = RawHttp.exchange(port, "POST", path, "{\"text\":\"hej\"}",
                "Authorization", "Bearer " + conversation.token() + "x");
        assertThat(withLatinLetter.status()).as("a wrong token with a Danish letter is just a wrong token")
                .isEqualTo(withWrongToken.status()).isIn(401, 404);

        HttpTestClient.Response answered = client.say(conversation, HttpTestClient.json("text", "min søn har glemt sin kode"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).contains("adgangskode");
    }
}
