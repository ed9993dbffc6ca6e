package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind a configured proxy range, X-Forwarded-For names the client, read from the right. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "bot.web.rate-limit.conversations.burst=5",
        "bot.web.trusted-proxies=10.0.0.0/8, 127.0.0.0/8"})
class ForwardedForTrustedTest {
    @LocalServerPort
    int port;

    static int opened(int port, String... forwardedFor) {
        HttpTestClient client = new HttpTestClient(port);
        int opened = 0;
        for (String address : forwardedFor) {
            opened += client.post("/api/conversations", "{}", "X-Forwarded-For", address).status() == 201 ? 1 : 0;
        }
        return opened;
    }

    static String[] twentyAddresses() {
        String[] addresses = new String[20];
        for (int i = 0; i < 20; i++) {
            addresses[i] = "203.0.113." + (i + 1);
        }
        return addresses;
    }

    @Test
    void eachForwardedClientHasItsOwnAllowance() {
        assertThat(opened(port, twentyAddresses())).isEqualTo(20);
    }

    @Test
    void addressesAddedBeforeTheTrustedHopsAreNotBelieved() {
        String[] spoofed = new String[20];
        for (int i = 0; i < 20; i++) {
            spoofed[i] = "198.51.100." + (i + 1) + ", 192.0.2.9, 10.1.1.1";
        }
        assertThat(opened(port, spoofed)).as("the client is 192.0.2.9 every time").isEqualTo(5);
    }
}
