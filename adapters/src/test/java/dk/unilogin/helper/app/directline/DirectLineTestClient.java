package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Direct Line calls with the headers Microsoft's Web Chat sends, from a school page's origin. */
final class DirectLineTestClient {
    static final String BOT_AGENT = "DirectLine/3.0 (directlinejs 0.15.5; WebChat/4.18.1 (Full))";
    static final String BASE = "/v3/directline";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpTestClient http;
    private final String origin;

    DirectLineTestClient(int port, String origin) {
        this.http = new HttpTestClient(port);
        this.origin = origin;
    }

    Response generate(String body, String... headers) {
        return http.post(BASE + "/tokens/generate", body, with(headers, "Origin", origin));
    }

    /** A token and a started conversation, as Web Chat has after connecting. */
    Conversation connect() {
        Response token = generate("");
        Response started = start(token.json().get("token").asString(), "{\"user\":{\"id\":\"r_testuser01\"}}");
        if (started.status() != 201) {
            throw new AssertionError("could not start: " + started);
        }
        return new Conversation(started.json().get("conversationId").asString(),
                started.json().get("token").asString(), started.json().get("streamUrl").asString());
    }

    Response start(String token, String body) {
        return http.post(BASE + "/conversations", body, webChatHeaders(token));
    }

    Response refresh(String token) {
        return http.post(BASE + "/tokens/refresh", "", webChatHeaders(token));
    }

    Response reconnect(String conversationId, String token, String watermark) {
        return http.get(BASE + "/conversations/" + conversationId + "?watermark=" + watermark, webChatHeaders(token));
    }

    Response post(Conversation conversation, String activityJson) {
        return http.post(BASE + "/conversations/" + conversation.id() + "/activities", activityJson,
                webChatHeaders(conversation.token()));
    }

    Response poll(Conversation conversation, String watermark) {
        return http.get(BASE + "/conversations/" + conversation.id() + "/activities?watermark=" + watermark,
                webChatHeaders(conversation.token()));
    }

    /** Every activity the conversation holds, from the start. */
    List<JsonNode> transcript(Conversation conversation) {
        List<JsonNode> all = new ArrayList<>();
        poll(conversation, "").json().get("activities").forEach(all::add);
        return all;
    }

    /** What Web Chat 4.18.1 posts when the user types a message (captured on the wire). */
    static String typed(String text, String clientActivityId) {
        return "{\"type\":\"message\",\"text\":" + JSON.writeValueAsString(text)
                + ",\"textFormat\":\"plain\",\"attachments\":[],"
                + "\"channelData\":{\"attachmentSizes\":[],\"clientActivityID\":\"" + clientActivityId + "\"},"
                + "\"channelId\":\"webchat\",\"from\":{\"id\":\"r_testuser01\",\"name\":\"\",\"role\":\"user\"},"
                + "\"locale\":\"da-DK\",\"localTimestamp\":\"2026-12-01T05:37:55.715Z\",\"localTimezone\":\"UTC\","
                + "\"entities\":[{\"type\":\"ClientCapabilities\",\"requiresBotState\":true,"
                + "\"supportsListening\":true,\"supportsTts\":true}]}";
    }

    private String[] webChatHeaders(String token) {
        return with(new String[] {"Authorization", "Bearer " + token, "x-ms-bot-agent", BOT_AGENT,
                "X-Requested-With", "XMLHttpRequest"}, "Origin", origin);
    }

    private static String[] with(String[] headers, String name, String value) {
        if (value == null) {
            return headers;
        }
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }

    record Conversation(String id, String token, String streamUrl) {
    }
}
