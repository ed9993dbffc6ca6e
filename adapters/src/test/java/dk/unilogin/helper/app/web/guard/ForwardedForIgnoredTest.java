package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without configured proxies X-Forwarded-For is ignored: a client cannot pick its own address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "bot.web.rate-limit.conversations.burst=5"})
class ForwardedForIgnoredTest {
    @LocalServerPort
    int port;

    @Test
    void aClientCannotPickItsOwnAddress() {
        assertThat(ForwardedForTrustedTest.opened(port, ForwardedForTrustedTest.twentyAddresses())).isEqualTo(5);
    }
}
