package dk.unilogin.helper.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.unilogin.helper.app.school.BotConversation;
import dk.unilogin.helper.bot.TurnProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Liveness, readiness with the index, and the Prometheus metrics an operator scrapes. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TurnProcessor bot;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void aServerKeepingConversationsInMemoryCreatesNoRedisClient() {
        assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
        assertThat(context.getBeanNamesForType(StringRedisTemplate.class)).isEmpty();
    }

    @Test
    void livenessAndReadinessAreUpOnceTheIndexIsBuilt() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void turnsFallbacksAnsweredShareAndLatencyAreExported() throws Exception {
        BotConversation c = new BotConversation(bot, "web");
        c.start(null);
        c.say("min søn har glemt sin kode til unilogin");
        c.say("hvad koster en ny cykel i Føtex?");
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("bot_turns_total{channel=\"web\",outcome=\"answer\"}")))
                .andExpect(content().string(containsString("bot_fallbacks_total{channel=\"web\"}")))
                .andExpect(content().string(containsString("bot_answered_share")))
                .andExpect(content().string(containsString("bot_turn_latency_seconds_bucket")))
                .andExpect(content().string(containsString("insights_queue_depth")));
    }

    @Test
    void turnRequestsAreCountedByTheTurnMetersAndOtherRequestsByTheServer() throws Exception {
        mvc.perform(post("/api/conversations").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/schools/demo-skole/widget")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_count{")))
                .andExpect(content().string(containsString("uri=\"/api/schools/{schoolId}/widget\"")))
                .andExpect(content().string(not(containsString("uri=\"/api/conversations"))))
                .andExpect(content().string(containsString("bot_turns_total{channel=\"webchat\",outcome=\"welcome\"}")));
    }
}
