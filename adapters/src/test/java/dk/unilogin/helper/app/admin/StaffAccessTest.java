package dk.unilogin.helper.app.admin;

import static dk.unilogin.helper.app.admin.TwoSchools.ADMIN;
import static dk.unilogin.helper.app.admin.TwoSchools.ADMIN_PASSWORD;
import static dk.unilogin.helper.app.admin.TwoSchools.OEST_PASSWORD;
import static dk.unilogin.helper.app.admin.TwoSchools.OEST_STAFF;
import static dk.unilogin.helper.app.admin.TwoSchools.VEST_PASSWORD;
import static dk.unilogin.helper.app.admin.TwoSchools.VEST_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.unilogin.helper.app.examples.ExampleStore;
import dk.unilogin.helper.app.insights.AsyncTurnRecorder;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.insights.TurnRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * School staff sign in with the login from their school's profile and see that school only,
 * on the page, the API and the export; the global admin sees all and may narrow to one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(properties = {"bot.admin.username=" + ADMIN, "bot.admin.password=" + ADMIN_PASSWORD})
@AutoConfigureMockMvc
class StaffAccessTest {

    static final Path SCHOOLS = TwoSchools.write();

    @DynamicPropertySource
    static void schools(DynamicPropertyRegistry registry) {
        registry.add("bot.schools.dir", SCHOOLS::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    AsyncTurnRecorder recorder;
    @Autowired
    ExampleStore examples;

    @BeforeAll
    void turnsOfBothSchools() throws InterruptedException {
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            recorder.record(turn(now, "vestskolen", "min søn har glemt koden", TurnOutcome.ANSWER, "skift-adgangskode-barn"));
        }
        recorder.record(turn(now, "vestskolen", "printeren i klassen driller", TurnOutcome.FALLBACK, null));
        for (int i = 0; i < 5; i++) {
            recorder.record(turn(now, "oestskolen", "hvor logger vi ind", TurnOutcome.ANSWER, "hvor-logge-ind"));
        }
        recorder.record(turn(now, "oestskolen", "østskolens kantine har lukket", TurnOutcome.FALLBACK, null));
        recorder.awaitIdle(Duration.ofSeconds(10));
    }

    static TurnRecord turn(Instant at, String school, String text, TurnOutcome outcome, String passage) {
        return new TurnRecord(at, "web", "c", school, text, outcome, passage, passage == null ? 0 : 0.9, null);
    }

    static RequestPostProcessor vest() {
        return httpBasic(VEST_STAFF, VEST_PASSWORD);
    }

    static RequestPostProcessor admin() {
        return httpBasic(ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void staffSeeTheirOwnSchoolOnThePageWithTitlesNotIds() throws Exception {
        mvc.perform(get("/admin").with(vest()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indsigt: Vestskolen")))
                .andExpect(content().string(containsString("printeren i klassen driller")))
                .andExpect(content().string(containsString("Få en ny adgangskode til dit barns Unilogin")))
                .andExpect(content().string(not(containsString("kantine"))))
                .andExpect(content().string(not(containsString("Østskolen"))))
                .andExpect(content().string(not(containsString("Genindlæs"))))
                .andExpect(content().string(containsString("Foreslå som eksempel")));
        mvc.perform(get("/admin/api/insights").with(vest()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.school").value("vestskolen"))
                .andExpect(jsonPath("$.turns").value(4))
                .andExpect(jsonPath("$.schools.length()").value(1));
    }

    @Test
    void anotherSchoolsDataIsRefusedOnEveryPath() throws Exception {
        mvc.perform(get("/admin").param("school", "oestskolen").with(vest())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/").param("school", "oestskolen").with(vest())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/api/insights").param("school", "oestskolen").with(vest())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/api/insights").param("school", " oestskolen ").with(vest())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/export.csv").param("school", "oestskolen").with(vest())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/api/insights").param("school", "vestskolen").with(vest())).andExpect(status().isOk());
    }

    @Test
    void staffCannotReloadNorSeeTheActuatorNorAttach() throws Exception {
        mvc.perform(post("/admin/api/reload/schools").contentType(MediaType.APPLICATION_JSON).with(vest()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/reload/knowledge").with(vest()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/api/reloads").with(vest())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(vest())).andExpect(status().isForbidden());

        // Staff propose: stored as a proposal for their school, not used for matching.
        mvc.perform(post("/admin/api/examples").contentType(MediaType.APPLICATION_JSON).with(vest())
                        .content("{\"passage\":\"ingen-adgang\",\"question\":\"printeren i klassen driller\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.example.status").value("PROPOSED"))
                .andExpect(jsonPath("$.example.schoolId").value("vestskolen"));
        long id = examples.proposed("vestskolen").get(0).id();
        assertThat(examples.byPassage()).doesNotContainKey("ingen-adgang");
        mvc.perform(post("/admin/api/examples/" + id + "/attach").contentType(MediaType.APPLICATION_JSON).with(vest()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/admin/api/examples/" + id).contentType(MediaType.APPLICATION_JSON).with(vest()))
                .andExpect(status().isForbidden());
        // The other school's staff do not see it; the admin does, and removes it.
        mvc.perform(get("/admin/api/examples").with(httpBasic(OEST_STAFF, OEST_PASSWORD)))
                .andExpect(jsonPath("$.proposed.length()").value(0));
        mvc.perform(get("/admin").with(admin())).andExpect(content().string(containsString("Afvis")));
        mvc.perform(delete("/admin/api/examples/" + id).contentType(MediaType.APPLICATION_JSON).with(admin()))
                .andExpect(status().isNoContent());
        assertThat(examples.proposed(null)).isEmpty();
    }

    @Test
    void theAdminSeesAllSchoolsAndMayNarrowToOne() throws Exception {
        mvc.perform(get("/admin").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indsigt: alle skoler")))
                .andExpect(content().string(containsString("kantine")))
                .andExpect(content().string(containsString("printeren")));
        mvc.perform(get("/admin/api/insights").param("school", "oestskolen").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.turns").value(6));
        mvc.perform(get("/admin").param("school", "oestskolen").with(admin()))
                .andExpect(content().string(containsString("Indsigt: Østskolen")))
                .andExpect(content().string(not(containsString("printeren"))));
    }

    @Test
    void theExportHoldsTheSchoolsFiguresAndUnansweredQuestionsOnly() throws Exception {
        String csv = mvc.perform(get("/admin/export.csv").with(vest()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("indsigt-vestskolen-")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Skole;Vestskolen", "Beskeder;4", "printeren i klassen driller;1",
                "Få en ny adgangskode til dit barns Unilogin;3");
        assertThat(csv).doesNotContain("kantine");
    }

    @Test
    void aWrongStaffPasswordIsRefusedAndLocksOutLikeTheAdmins() throws Exception {
        mvc.perform(get("/admin").with(httpBasic(VEST_STAFF, OEST_PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin").with(httpBasic(OEST_STAFF, VEST_PASSWORD))).andExpect(status().isUnauthorized());
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/admin").with(httpBasic(VEST_STAFF, "gæt-" + i)).with(r -> {
                r.setRemoteAddr("10.9.9.9");
                return r;
            })).andExpect(status().isUnauthorized());
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/admin").with(httpBasic(VEST_STAFF, "gæt-igen-" + i)).with(r -> {
                r.setRemoteAddr("10.9.9.9");
                return r;
            }));
        }
        mvc.perform(get("/admin").with(vest()).with(r -> {
            r.setRemoteAddr("10.9.9.9");
            return r;
        })).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    }

    @Test
    void aStaffLoginRemovedFromTheProfileStopsWorkingAfterAReload() throws Exception {
        Path oest = SCHOOLS.resolve("oestskolen.yml");
        String before = Files.readString(oest);
        try {
            Files.writeString(oest, "id: oestskolen\nname: Østskolen\n");
            mvc.perform(post("/admin/api/reload/schools").contentType(MediaType.APPLICATION_JSON).with(admin()))
                    .andExpect(status().isOk());
            mvc.perform(get("/admin").with(httpBasic(OEST_STAFF, OEST_PASSWORD))).andExpect(status().isUnauthorized());
        } finally {
            Files.writeString(oest, before);
            mvc.perform(post("/admin/api/reload/schools").contentType(MediaType.APPLICATION_JSON).with(admin()))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/admin").with(httpBasic(OEST_STAFF, OEST_PASSWORD))).andExpect(status().isOk());
    }
}
