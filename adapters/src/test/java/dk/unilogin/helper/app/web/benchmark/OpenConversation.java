package dk.unilogin.helper.app.web.benchmark;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A conversation opened on the server, with the token its posts need. */
record OpenConversation(String id, String token) {
    private static final Pattern ID = Pattern.compile("\"conversationId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    static OpenConversation open(ChatConnection connection) throws IOException {
        ChatConnection.Response response = connection.post("/api/conversations", null, "{\"locale\":\"da\"}");
        Matcher id = ID.matcher(response.body());
        Matcher token = TOKEN.matcher(response.body());
        if (response.status() != 201 || !id.find() || !token.find()) {
            throw new IllegalStateException("Could not open a conversation (is the rate limit raised?): "
                    + response.status() + " " + response.body());
        }
        return new OpenConversation(id.group(1), token.group(1));
    }
}
