package dk.unilogin.helper.app.store;

import static dk.unilogin.helper.app.store.ChatTurns.say;
import static dk.unilogin.helper.app.store.ChatTurns.text;
import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A web chat turn asks Redis twice: once when its request is admitted (rate limits,
 * conversation, turn lock and state in one script), once to store the new state and free the
 * lock. A request admitted with the lock that never runs its turn (wrong token, broken body)
 * frees the lock, so the parent's next message is answered at once.
 */
class TurnAdmissionTest {
    @RegisterExtension
    static final RedisServer redis = new RedisServer();

    static AppInstance app;

    @BeforeAll
    static void start() {
        // A turn waits no longer than this for the conversation's lock, far below the lock's 10 s lease:
        // a lock left behind would make the next turn fail with 503.
        app = AppInstance.start(redis, "bot.redis.lock-wait=1s");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aWebChatTurnMakesTwoRoundTripsToRedis() throws Exception {
        HttpTestClient client = app.client();
        Conversation conversation = client.open();
        say(client, conversation, "min søn har glemt sin kode");
        // The first turn's state is written after its answer: wait for that script, or the monitor may count it too.
        assertThat(locksLeftAfter(Duration.ofSeconds(5))).as("the first turn's lock freed").isEmpty();

        RedisMonitor monitor = new RedisMonitor(redis.port());
        Response answer;
        try {
            answer = say(client, conversation, "trin for trin");
        } finally {
            monitor.close();
        }

        assertThat(text(answer)).contains("Trin 1 af 5");
        assertThat(monitor.roundTrips()).as("commands sent: %s", monitor.fromClients()).isEqualTo(2);
    }

    @Test
    void requestsThatNeverRunTheirTurnLeaveTheConversationFree() throws Exception {
        HttpTestClient client = app.client();
        Conversation conversation = client.open();
        String path = "/api/conversations/" + conversation.id() + "/activities";
        String hello = HttpTestClient.json("text", "min søn har glemt sin kode");

        Response wrongToken = client.say(new Conversation(conversation.id(), "not-the-token"), hello);
        Response brokenBody = client.post(path, "{\"text\": ", "Authorization", "Bearer " + conversation.token());
        Response noText = client.post(path, "{}", "Authorization", "Bearer " + conversation.token());
        Response noBearer = client.post(path, hello);

        assertThat(wrongToken.status()).isEqualTo(404);
        assertThat(brokenBody.status()).isEqualTo(400);
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noBearer.status()).isEqualTo(401);
        Response answer = say(client, conversation, "min søn har glemt sin kode");
        assertThat(text(answer)).contains("Få en ny adgangskode til dit barns Unilogin");
        // The answer is written before the script that stores the state and frees the lock has
        // replied (the request waits for it after its answer): the lock is gone once it has.
        assertThat(locksLeftAfter(Duration.ofSeconds(5))).as("no turn lock left").isEmpty();
    }

    private static String locksLeftAfter(Duration patience) throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        String locks = redis.command("KEYS", "unilogin:lock:*");
        while (!locks.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
            locks = redis.command("KEYS", "unilogin:lock:*");
        }
        return locks;
    }
}
