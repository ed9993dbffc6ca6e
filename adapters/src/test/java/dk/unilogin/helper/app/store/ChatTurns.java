package dk.unilogin.helper.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import tools.jackson.databind.JsonNode;

/** Small steps of a web chat conversation over HTTP, for the tests of several instances. */
final class ChatTurns {
    private ChatTurns() {
    }

    /** Sends typed text through {@code instance} and returns the replies' text, after checking for 200. */
    static Response say(HttpTestClient instance, Conversation conversation, String text) {
        Response response = instance.say(conversation, HttpTestClient.json("text", text));
        assertThat(response.status()).as("'%s' answered: %s", text, response.body()).isEqualTo(200);
        return response;
    }

    /** Presses the button whose title starts with {@code title} in {@code shown}, through {@code instance}. */
    static Response press(HttpTestClient instance, Conversation conversation, Response shown, String title) {
        String value = buttonValue(shown, title);
        Response response = instance.say(conversation, HttpTestClient.json("value", value));
        assertThat(response.status()).as("button '%s' answered: %s", title, response.body()).isEqualTo(200);
        return response;
    }

    static String buttonValue(Response shown, String title) {
        for (JsonNode activity : shown.json().get("activities")) {
            for (JsonNode action : activity.get("suggestedActions")) {
                if (action.get("title").asString().startsWith(title)) {
                    return action.get("value").asString();
                }
            }
        }
        throw new AssertionError("no button '" + title + "' in " + shown.body());
    }

    /** All reply texts of a response, one after the other. */
    static String text(Response response) {
        StringBuilder text = new StringBuilder();
        for (JsonNode activity : response.json().get("activities")) {
            text.append(activity.get("text").asString()).append('\n');
        }
        return text.toString();
    }
}
