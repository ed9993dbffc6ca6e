package dk.unilogin.helper.app.directline;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running bot for Direct Line tests (one shared server): a school with a Direct Line
 * secret and one allowed origin, a clock the tests can move, the rate limit out of the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "bot.web.rate-limit.burst=10000",
        "bot.web.rate-limit.requests-per-second=10000",
        "bot.web.rate-limit.conversations.burst=10000",
        "bot.web.rate-limit.conversations.per-day=10000000",
        "bot.web.rate-limit.turns.burst=10000",
        "bot.web.rate-limit.turns.per-minute=1000000",
        "bot.directline.token-lifetime=30m",
        "bot.conversations.idle-expiry=10m"})
@Import(DirectLineServerTest.Clocks.class)
abstract class DirectLineServerTest {
    static final String SCHOOL_ORIGIN = "https://vestskolen.example";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    DirectLineExpiry expiry;

    @DynamicPropertySource
    static void schools(DynamicPropertyRegistry registry) {
        registry.add("bot.schools.dir", () -> TestSchoolFolder.create(SCHOOL_ORIGIN).toString());
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock();
        }
    }

    DirectLineTestClient client() {
        return new DirectLineTestClient(port, null);
    }
}
