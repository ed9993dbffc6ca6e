package dk.unilogin.helper.app.store;

import static dk.unilogin.helper.app.store.ChatTurns.press;
import static dk.unilogin.helper.app.store.ChatTurns.say;
import static dk.unilogin.helper.app.store.ChatTurns.text;
import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the application on two ports, sharing one Redis, as behind a load balancer
 * without sticky sessions: every turn of a conversation may land on either, and one may be
 * restarted mid-conversation.
 */
class TwoInstancesTest {
    private static final Pattern STEP = Pattern.compile("Trin (\\d+) af (\\d+)");

    @RegisterExtension
    @Order(1)
    static final RedisServer redis = new RedisServer();

    @RegisterExtension
    @Order(2)
    final AppInstances apps = AppInstances.twoForEachTest(redis);

    @Test
    void aConversationAlternatesBetweenInstancesAndGoesOnAtItsStepAfterARestart() {
        Conversation conversation = apps.a().client().open();

        Response answer = say(apps.b().client(), conversation, "min søn har glemt sin kode");
        assertThat(text(answer)).contains("Få en ny adgangskode til dit barns Unilogin");
        Response step1 = press(apps.a().client(), conversation, answer, "Trin for trin");
        assertThat(text(step1)).contains("Trin 1 af 5");
        Response step2 = press(apps.b().client(), conversation, step1, "Næste");
        assertThat(text(step2)).contains("Trin 2 af 5").contains("Hvad passer på jer?");

        apps.restartA();

        Response chosen = say(apps.a().client(), conversation, "nej, vi kender den ikke");
        assertThat(text(chosen)).as("the restarted instance goes on at step 2's question").contains("Glemt adgangskode");
        assertThat(text(say(apps.b().client(), conversation, "tilbage"))).contains("Trin 1 af 5");
        assertThat(text(say(apps.a().client(), conversation, "næste"))).contains("Trin 2 af 5");

        assertThat(text(say(apps.b().client(), conversation, "start forfra"))).contains("Unilogin-hjælperen");
        Response clarify = say(apps.a().client(), conversation, "jeg har glemt mit brugernavn");
        assertThat(text(clarify)).contains("Gælder det dit eget login som forælder");
        assertThat(text(say(apps.b().client(), conversation, "jeg er mor")))
                .contains("Forælder: Sådan får du dit Unilogin brugernavn");

        Response english = say(apps.a().client(), conversation, "I forgot my username");
        assertThat(text(english)).contains("Is it about your own login as a parent");
        assertThat(text(say(apps.b().client(), conversation, "I am a parent")))
                .contains("Parent: How to get your Unilogin username");
    }

    @Test
    void aWalkGoesOnAtItsStepAfterRedisHasForgottenItsScripts() throws Exception {
        Conversation conversation = apps.a().client().open();
        say(apps.a().client(), conversation, "hvordan får jeg mit unilogin som forælder");
        assertThat(text(say(apps.b().client(), conversation, "trin for trin"))).contains("Trin 1 af 8");
        // As after a restart of Redis: the state write, sent without waiting, must load its script again.
        redis.command("SCRIPT", "FLUSH");
        assertThat(text(say(apps.a().client(), conversation, "næste"))).contains("Trin 2 af 8");
        assertThat(text(say(apps.b().client(), conversation, "næste"))).contains("Trin 3 af 8");
    }

    @Test
    void turnsSentToBothInstancesAtOnceAreAppliedOneAfterTheOther() throws Exception {
        Conversation conversation = apps.a().client().open();
        say(apps.a().client(), conversation, "hvordan får jeg mit unilogin som forælder");
        Response first = say(apps.b().client(), conversation, "trin for trin");
        assertThat(text(first)).contains("Trin 1 af 8");

        int turns = 6;
        ExecutorService pool = Executors.newFixedThreadPool(turns);
        try {
            List<Future<Response>> replies = new ArrayList<>();
            for (int i = 0; i < turns; i++) {
                HttpTestClient instance = i % 2 == 0 ? apps.a().client() : apps.b().client();
                replies.add(pool.submit((Callable<Response>) () -> say(instance, conversation, "næste")));
            }
            List<Integer> steps = new ArrayList<>();
            for (Future<Response> reply : replies) {
                steps.add(step(text(reply.get())));
            }
            assertThat(steps).as("each 'næste' moved one step on from where the one before it left off")
                    .containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(text(say(apps.a().client(), conversation, "næste"))).contains("Trin 8 af 8");
    }

    static int step(String text) {
        Matcher m = STEP.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no step in: " + text);
        }
        return Integer.parseInt(m.group(1));
    }
}
