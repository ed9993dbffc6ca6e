package dk.unilogin.helper.app.store;

import static dk.unilogin.helper.app.store.ChatTurns.say;
import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reads every key the application wrote in Redis after parents pasted CPR numbers and
 * passwords in every part of a conversation: none of it is there, and every key expires.
 */
class RedisPrivacyTest {
    private static final List<String> SECRETS = List.of("210385", "1937", "Bamse77", "Hemmelig", "Sommer2024");

    @RegisterExtension
    static final RedisServer redis = new RedisServer();

    static AppInstance app;

    @BeforeAll
    static void start() {
        app = AppInstance.start(redis);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void noCprNumberOrPasswordIsStoredAndEveryKeyExpires() throws Exception {
        HttpTestClient client = app.client();
        Conversation asking = client.open();
        say(client, asking, "min datter har glemt sin kode, hendes cpr er 210385-1937");
        say(client, asking, "trin for trin");
        say(client, asking, "koden var Hemmelig!Bamse77 men den virker ikke");
        Conversation clarifying = client.open();
        say(client, clarifying, "jeg har glemt mit brugernavn, mit cpr-nummer er 2103851937");
        Conversation english = client.open();
        say(client, english, "my password Sommer2024! does not work");

        List<String> keys = List.of(redis.command("KEYS", "*").split("\n"));
        assertThat(keys).as("state and web conversations are in Redis")
                .anyMatch(k -> k.startsWith("unilogin:state:"))
                .anyMatch(k -> k.startsWith("unilogin:web:"));
        for (String key : keys) {
            String type = redis.command("TYPE", key);
            String value = switch (type) {
                case "string" -> redis.command("GET", key);
                case "hash" -> redis.command("HGETALL", key);
                default -> throw new AssertionError(key + " has an unexpected type " + type);
            };
            for (String secret : SECRETS) {
                assertThat(key).doesNotContain(secret);
                assertThat(value).as("value of %s", key).doesNotContain(secret);
            }
            long ttl = Long.parseLong(redis.command("PTTL", key));
            assertThat(ttl).as("time to live of %s", key).isPositive();
        }
    }
}
