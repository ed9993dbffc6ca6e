package dk.unilogin.helper.app.web.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.ConversationProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConversationRegistryTest {
    private final MutableClock clock = new MutableClock();
    private final InMemoryConversationRegistry registry = new InMemoryConversationRegistry(
            new ConversationProperties(Duration.ofMinutes(30), 2), clock);

    @Test
    void onlyTheRightTokenOpensTheConversation() {
        var opened = registry.open("demo-skole", "da").orElseThrow();
        String id = opened.conversation().id();

        assertThat(registry.authorize(id, opened.token())).contains(opened.conversation());
        assertThat(registry.authorize(id, opened.token() + "x")).isEmpty();
        assertThat(registry.authorize(id, null)).isEmpty();
        assertThat(registry.authorize("../" + id, opened.token())).isEmpty();
    }

    @Test
    void idleConversationsExpireButActiveOnesStay() {
        var idle = registry.open(null, "da").orElseThrow();
        var active = registry.open(null, "en").orElseThrow();

        clock.advance(Duration.ofMinutes(20));
        registry.authorize(active.conversation().id(), active.token());
        clock.advance(Duration.ofMinutes(20));

        assertThat(registry.authorize(idle.conversation().id(), idle.token())).isEmpty();
        assertThat(registry.removeExpired()).containsExactly(idle.conversation());
        assertThat(registry.authorize(active.conversation().id(), active.token())).isPresent();
    }

    @Test
    void aFullRegistryRefusesNewConversationsUntilSomeExpire() {
        registry.open(null, "da");
        registry.open(null, "da");

        assertThat(registry.open(null, "da")).isEmpty();

        clock.advance(Duration.ofHours(1));
        assertThat(registry.open(null, "da")).isPresent();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
