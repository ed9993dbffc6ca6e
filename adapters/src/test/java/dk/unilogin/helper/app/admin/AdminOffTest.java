package dk.unilogin.helper.app.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** With no admin account configured the admin area is closed to everyone, whatever they send. */
@SpringBootTest(properties = "bot.admin.username=skoleadmin")
@AutoConfigureMockMvc
class AdminOffTest {

    static final java.nio.file.Path SCHOOLS = TwoSchools.write();

    @org.springframework.test.context.DynamicPropertySource
    static void schoolsWithStaff(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("bot.schools.dir", SCHOOLS::toString);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theAdminAreaIsClosedToAnonymousAndToAnyCredentials() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/api/insights")).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(httpBasic("skoleadmin", ""))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(httpBasic("user", "password"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/api/reload/schools").contentType(MediaType.APPLICATION_JSON)
                .with(httpBasic("skoleadmin", "x"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator")).andExpect(status().isForbidden());
    }

    @Test
    void schoolStaffLoginsDoNotOpenItEither() throws Exception {
        mvc.perform(get("/admin").with(httpBasic(TwoSchools.VEST_STAFF, TwoSchools.VEST_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/export.csv").with(httpBasic(TwoSchools.VEST_STAFF, TwoSchools.VEST_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthStaysPublic() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }
}
