package dk.unilogin.helper.app.store;

import static dk.unilogin.helper.app.store.ChatTurns.say;
import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every key the application wrote in Redis after parents pasted CPR numbers and
 * passwords in every part of a conversation, in the web chat and in Direct Line (whose log keeps
 * the echo of each message): none of it is there, and every key expires.
 */
class RedisPrivacyTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Each secret and each part of the CPR number, matched standing alone: a stored activity starts with a
     * thirteen-digit timestamp, which may hold "1937" by chance.
     */
    private static final List<String> SECRETS = List.of("210385-1937", "2103851937", "210385", "1937", "Bamse77",
            "Hemmelig", "Sommer2024");

    @RegisterExtension
    @Order(1)
    static final RedisServer redis = new RedisServer();

    @RegisterExtension
    @Order(2)
    static final AppInstances apps = AppInstances.oneForTheClass(redis);

    @Test
    void noCprNumberOrPasswordIsStoredAndEveryKeyExpires() throws Exception {
        HttpTestClient client = apps.a().client();
        Conversation asking = client.open();
        say(client, asking, "min datter har glemt sin kode, hendes cpr er 210385-1937");
        say(client, asking, "trin for trin");
        say(client, asking, "koden var Hemmelig!Bamse77 men den virker ikke");
        Conversation clarifying = client.open();
        say(client, clarifying, "jeg har glemt mit brugernavn, mit cpr-nummer er 2103851937");
        Conversation english = client.open();
        say(client, english, "my password Sommer2024! does not work");
        Conversation directLine = startDirectLine(client);
        postDirectLine(client, directLine, "p1", "min datter har glemt sin kode, hendes cpr er 210385-1937");
        postDirectLine(client, directLine, "p2", "trin for trin");
        postDirectLine(client, directLine, "p3", "koden var Hemmelig!Bamse77 men den virker ikke");
        postDirectLine(client, directLine, "p4", "my password Sommer2024! does not work, cpr 2103851937");

        List<String> keys = List.of(redis.command("KEYS", "*").split("\n"));
        assertThat(keys).as("state, web chat and Direct Line conversations are in Redis")
                .anyMatch(k -> k.startsWith("unilogin:state:"))
                .anyMatch(k -> k.startsWith("unilogin:web:"))
                .anyMatch(k -> k.startsWith("unilogin:directline:conversation:"))
                .anyMatch(k -> k.startsWith("unilogin:directline:token:"))
                .anyMatch(k -> k.startsWith("unilogin:directline:activities:"));
        for (String key : keys) {
            String type = redis.command("TYPE", key);
            String value = switch (type) {
                case "string" -> redis.command("GET", key);
                case "hash" -> redis.command("HGETALL", key);
                case "zset" -> redis.command("ZRANGE", key, "0", "-1");
                default -> throw new AssertionError(key + " has an unexpected type " + type);
            };
            for (String secret : SECRETS) {
                assertThat(key).doesNotContainPattern(standingAlone(secret));
                assertThat(value).as("value of %s", key).doesNotContainPattern(standingAlone(secret));
            }
            long ttl = Long.parseLong(redis.command("PTTL", key));
            assertThat(ttl).as("time to live of %s", key).isPositive();
        }
        String echoes = redis.command("ZRANGE", keys.stream().filter(k -> k.startsWith("unilogin:directline:activities:"))
                .findFirst().orElseThrow(), "0", "-1");
        assertThat(echoes).as("the echoes Web Chat needs are kept, redacted")
                .contains("\"clientActivityID\":\"p3\"").contains("trin for trin");
    }

    private static Pattern standingAlone(String secret) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A Direct Line token and a started conversation, whose client chose a CPR number as its user id. */
    private static Conversation startDirectLine(HttpTestClient client) {
        String token = client.post("/v3/directline/tokens/generate", "").json().get("token").asString();
        Response started = client.post("/v3/directline/conversations", "{\"user\":{\"id\":\"2103851937\"}}",
                "Authorization", "Bearer " + token);
        assertThat(started.status()).isEqualTo(201);
        return new Conversation(started.json().get("conversationId").asString(), token);
    }

    /** Posts what Web Chat posts when the user types {@code text}. */
    private static void postDirectLine(HttpTestClient client, Conversation conversation, String clientActivityId,
                                       String text) {
        String activity = "{\"type\":\"message\",\"text\":" + JSON.writeValueAsString(text)
                + ",\"channelData\":{\"clientActivityID\":\"" + clientActivityId + "\"},"
                + "\"from\":{\"id\":\"210385-1937\",\"role\":\"user\"}}";
        Response response = client.post("/v3/directline/conversations/" + conversation.id() + "/activities", activity,
                "Authorization", "Bearer " + conversation.token());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
