package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.directline.DirectLineTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The WebSocket stream, Web Chat's default: frames {@code {activities, watermark}}, the
 * welcome kept for a stream that opens late, reconnects from a watermark, keep-alives, and
 * refusals for a wrong ticket, a foreign page and an ended conversation.
 */
class DirectLineStreamTest extends DirectLineServerTest {
    @org.springframework.beans.factory.annotation.Autowired
    ActivityStreamHandler streams;

    @Test
    void aStreamOpenedLateStillGetsTheWelcomeThenEchoAndRepliesAsTheyCome() throws Exception {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();
        Thread.sleep(300);

        try (StreamTestClient stream = StreamTestClient.open(conversation.streamUrl(), SCHOOL_ORIGIN)) {
            JsonNode first = stream.nextFrame();
            assertThat(first.get("watermark").asString()).isEqualTo("1");
            assertThat(first.get("activities").get(0).get("text").asString()).startsWith("Hej!");

            stream.keepAlive();
            Response posted = client.post(conversation,
                    DirectLineTestClient.typed("min søn har glemt sin kode til unilogin", "ws1"));

            List<JsonNode> next = stream.activities(2);
            assertThat(next.get(0).get("id").asString()).isEqualTo(posted.json().get("id").asString());
            assertThat(next.get(0).get("channelData").get("clientActivityID").asString()).isEqualTo("ws1");
            assertThat(next.get(0).get("from").get("role").asString()).isEqualTo("user");
            assertThat(next.get(1).get("replyToId").asString()).isEqualTo(posted.json().get("id").asString());
            assertThat(next.get(1).get("text").asString()).contains("mitunilogin.dk");
            assertThat(client.http.get("/actuator/prometheus").body())
                    .containsPattern("(?m)^directline_streams(\\{[^}]*})? [1-9]")
                    .containsPattern("(?m)^directline_conversations(\\{[^}]*})? [1-9]");
        }
    }

    @Test
    void theServerKeepsAQuietStreamAliveWithEmptyFrames() throws Exception {
        Conversation conversation = client().connect();
        try (StreamTestClient stream = StreamTestClient.open(conversation.streamUrl(), null)) {
            stream.nextFrame();

            streams.keepAlive();

            assertThat(stream.receivedKeepAlive()).isTrue();
        }
    }

    @Test
    void aReconnectFromAWatermarkGetsOnlyWhatCameAfterIt() throws Exception {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();
        client.post(conversation, DirectLineTestClient.typed("tak", "rc1"));
        int before = client.transcript(conversation).size();
        client.post(conversation, DirectLineTestClient.typed("hej", "rc2"));

        String streamUrl = client.reconnect(conversation.id(), conversation.token(), Integer.toString(before))
                .json().get("streamUrl").asString();
        try (StreamTestClient stream = StreamTestClient.open(streamUrl, null)) {
            JsonNode frame = stream.nextFrame();
            assertThat(frame.get("activities").get(0).get("channelData").get("clientActivityID").asString())
                    .isEqualTo("rc2");
            assertThat(Long.parseLong(frame.get("watermark").asString())).isGreaterThan(before);
        }
    }

    @Test
    void aWrongTicketTheConversationTokenOrAForeignPageCannotOpenTheStream() {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();
        Conversation other = client.connect();
        String base = conversation.streamUrl().substring(0, conversation.streamUrl().indexOf("?"));

        assertThat(StreamTestClient.refused(base + "?t=wrong", null)).isTrue();
        assertThat(StreamTestClient.refused(base + "?t=" + conversation.token(), null))
                .as("the conversation token is not a stream ticket").isTrue();
        assertThat(StreamTestClient.refused(base + other.streamUrl().substring(other.streamUrl().indexOf("?")), null))
                .as("another conversation's ticket").isTrue();
        assertThat(StreamTestClient.refused(conversation.streamUrl(), "https://evil.example")).isTrue();
        assertThat(StreamTestClient.refused(conversation.streamUrl(), SCHOOL_ORIGIN)).isFalse();
    }

    @Test
    void anEndedConversationClosesItsStreamAndCannotBeReopened() throws Exception {
        DirectLineTestClient client = client();
        Conversation conversation = client.connect();
        try (StreamTestClient stream = StreamTestClient.open(conversation.streamUrl(), null)) {
            stream.nextFrame();

            clock.advance(Duration.ofMinutes(11));
            expiry.removeIdle();

            assertThat(stream.closeCode()).isEqualTo(1001);
        }
        assertThat(StreamTestClient.refused(conversation.streamUrl(), null)).isTrue();
    }
}
