package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Conversation;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A school's parents all come from the school's one address. With the default settings,
 * thirty of them arriving within a minute and each holding an eight-turn conversation at
 * human pace are all served; one client hammering a conversation or opening hundreds at
 * once is not. Time is moved by hand instead of waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class SchoolNetworkRateLimitTest {
    private static final List<String> QUESTIONS = List.of("hej", "mit barn har glemt sin kode til unilogin",
            "hvordan logger min datter ind på skolens computer", "det virker ikke", "tak", "hvor finder jeg brugernavnet",
            "jeg er forælder", "farvel");

    @TestConfiguration
    static class HandMovedTime {
        @Bean
        Clock clock() {
            return new MutableClock();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    @Test
    void thirtyParentsBehindOneAddressAreAllServed() {
        MutableClock time = (MutableClock) clock;
        Instant start = time.instant();
        HttpTestClient client = new HttpTestClient(port);
        record Step(Instant at, int parent, int turn) {
        }
        List<Step> steps = new ArrayList<>();
        for (int parent = 0; parent < 30; parent++) {
            // arriving over the first minute; then a turn every 10 to 20 seconds (reading, typing, pressing)
            Instant at = start.plusSeconds(2L * parent);
            steps.add(new Step(at, parent, -1));
            for (int turn = 0; turn < 8; turn++) {
                at = at.plusSeconds(10 + (parent * 7 + turn * 3) % 11);
                steps.add(new Step(at, parent, turn));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        Conversation[] conversations = new Conversation[30];
        int refused = 0;
        List<String> problems = new ArrayList<>();
        for (Step step : steps) {
            time.set(step.at());
            if (step.turn() < 0) {
                Response settings = client.get("/api/schools/demo-skole/widget");
                Response opened = client.post("/api/conversations", "{\"school\":\"demo-skole\",\"locale\":\"da\"}");
                if (settings.status() != 200 || opened.status() != 201) {
                    refused++;
                    problems.add("parent " + step.parent() + " opening: " + settings.status() + "/" + opened.status());
                    continue;
                }
                conversations[step.parent()] = new Conversation(opened.json().get("conversationId").asString(),
                        opened.json().get("token").asString());
            } else if (conversations[step.parent()] != null) {
                Response answer = client.say(conversations[step.parent()],
                        HttpTestClient.json("text", QUESTIONS.get(step.turn())));
                if (answer.status() != 200) {
                    refused++;
                    problems.add("parent " + step.parent() + " turn " + step.turn() + ": " + answer.status());
                }
            }
        }
        assertThat(problems).as("%d of %d requests refused", refused, steps.size()).isEmpty();
        assertThat(Duration.between(start, time.instant())).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(4));
    }

    @Test
    void oneClientFiringTurnsAtOneConversationMeets429() {
        HttpTestClient client = new HttpTestClient(port);
        Conversation conversation = client.open();
        int limited = 0;
        Response first429 = null;
        for (int i = 0; i < 120; i++) {
            Response answer = client.say(conversation, HttpTestClient.json("text", "hej"));
            if (answer.status() == 429) {
                limited++;
                first429 = first429 == null ? answer : first429;
            }
        }
        assertThat(limited).as("turns refused of 120").isGreaterThanOrEqualTo(90);
        assertThat(first429.header("Retry-After")).isNotNull();
        assertThat(first429.json().get("code").asString()).isEqualTo("rate-limited");
        assertThat(client.open()).as("the same address may still open a conversation").isNotNull();
    }

    @Test
    void oneClientOpeningFourHundredConversationsMeets429() {
        ((MutableClock) clock).advance(Duration.ofDays(2)); // fresh allowances, whatever ran before
        HttpTestClient client = new HttpTestClient(port);
        int opened = 0;
        int limited = 0;
        for (int i = 0; i < 400; i++) {
            int status = client.post("/api/conversations", "{}").status();
            opened += status == 201 ? 1 : 0;
            limited += status == 429 ? 1 : 0;
        }
        assertThat(limited).isGreaterThanOrEqualTo(300);
        assertThat(opened).isBetween(30, 100);
        assertThat(client.get("/api/schools/demo-skole/widget").status())
                .as("widget settings are not counted against the same allowance").isEqualTo(200);
    }
}
