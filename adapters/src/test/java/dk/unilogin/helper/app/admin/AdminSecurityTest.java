package dk.unilogin.helper.app.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.unilogin.helper.app.insights.AsyncTurnRecorder;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.insights.TurnRecord;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {"bot.admin.username=skoleadmin", "bot.admin.password=korrekt-hest-batteri"})
@AutoConfigureMockMvc
class AdminSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AsyncTurnRecorder recorder;

    @Test
    void anonymousGetsAChallengeAndNoData() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
        mvc.perform(get("/admin/api/insights")).andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/api/reload/schools").contentType(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
    }

    @Test
    void wrongCredentialsAreRefused() throws Exception {
        mvc.perform(get("/admin").with(httpBasic("skoleadmin", "forkert"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin").with(httpBasic("admin", "korrekt-hest-batteri"))).andExpect(status().isUnauthorized());
    }

    @Test
    void theAdminSeesThePageAndTheApi() throws Exception {
        mvc.perform(get("/admin").with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indsigt: alle skoler")))
                .andExpect(content().string(containsString("Demoskolen")));
        mvc.perform(get("/admin/api/insights").param("from", "2026-01-01").param("to", "2026-12-31")
                        .with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.turns").isNumber());
    }

    @Test
    void aBadPeriodIsAClearBadRequest() throws Exception {
        mvc.perform(get("/admin/api/insights").param("from", "i går").with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("2026-11-27")));
    }

    @Test
    void thePageReloadNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/admin/reload/schools").with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/reload/schools").with(httpBasic("skoleadmin", "korrekt-hest-batteri")).with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/admin"));
    }

    @Test
    void theApiReloadsWithJson() throws Exception {
        mvc.perform(post("/admin/api/reload/schools").contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true));
        mvc.perform(post("/admin/api/reload/nothing").contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(status().isNotFound());
    }

    @Test
    void messagesOnThePageAreEscaped() throws Exception {
        recorder.record(new TurnRecord(Instant.now(), "web", "c", null, "<script>alert(1)</script> virker ikke",
                TurnOutcome.FALLBACK, null, 0, null));
        recorder.awaitIdle(Duration.ofSeconds(10));
        mvc.perform(get("/admin").with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; virker ikke")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void healthAndPrometheusArePublicTheRestOfTheActuatorIsNot() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("insights_queue_depth")));
        mvc.perform(get("/actuator")).andExpect(status().isUnauthorized());
    }

    @Test
    void theChatStaysOpenAndFreeOfCsrf() throws Exception {
        mvc.perform(post("/api/conversations").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is(not(401))).andExpect(status().is(not(403)));
        mvc.perform(post("/telegram/webhook").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is(not(401))).andExpect(status().is(not(403)));
    }
}
