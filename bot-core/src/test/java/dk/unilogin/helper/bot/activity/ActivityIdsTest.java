package dk.unilogin.helper.bot.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityIdsTest {

    @Test
    void idsAreDistinctVersionFourUuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String id = ActivityIds.next();
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
            assertEquals(parsed.toString(), id);
            seen.add(id);
        }
        assertEquals(50_000, seen.size());
    }

    @Test
    void everyBuiltActivityGetsItsOwnIdUnlessOneIsGiven() {
        Activity first = Activity.userMessage("web", "c1", "u1", "hej");
        Activity second = Activity.userMessage("web", "c1", "u1", "hej");
        assertNotEquals(first.id(), second.id());
        assertEquals("given", Activity.builder(ActivityType.MESSAGE).id("given").channelId("web")
                .conversationId("c1").from(ChannelAccount.user("u1")).text("hej").build().id());
    }
}
