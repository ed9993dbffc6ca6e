package dk.unilogin.helper.app.directline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The bodies Direct Line answers with, in its own field names. */
final class DirectLineResponses {

    private DirectLineResponses() {
    }

    /** A token, and for a conversation call also the stream to read it from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Conversation(String conversationId, String token, @JsonProperty("expires_in") long expiresIn,
                        String streamUrl) {
    }

    /** The id the posted activity got; Web Chat waits for it to come back in the stream. */
    record ResourceResponse(String id) {
    }
}
