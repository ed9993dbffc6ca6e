package dk.unilogin.helper.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.unilogin.helper.bot.school.SchoolDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Reloading school profiles from the admin area: a good folder swaps in, a bad file keeps the old set. */
@SpringBootTest(properties = {"bot.admin.username=skoleadmin", "bot.admin.password=korrekt-hest-batteri"})
@AutoConfigureMockMvc
class AdminReloadTest {

    static final Path SCHOOLS = tempDir();

    @DynamicPropertySource
    static void schoolsFolder(DynamicPropertyRegistry registry) throws IOException {
        Files.writeString(SCHOOLS.resolve("vestskolen.yml"), "id: vestskolen\nname: Vestskolen\n");
        registry.add("bot.schools.dir", SCHOOLS::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    SchoolDirectory schools;

    @Test
    void aBadFileKeepsTheOldSetAndTheAdminSeesFileAndLine() throws Exception {
        Files.writeString(SCHOOLS.resolve("oestskolen.yml"), "id: oestskolen\nname: Østskolen\nkontakt: 12\n");
        mvc.perform(post("/admin/api/reload/schools").contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.error", containsString("oestskolen.yml:3: unknown key 'kontakt'")));
        assertThat(schools.byId("vestskolen")).isPresent();
        assertThat(schools.byId("oestskolen")).isEmpty();
        mvc.perform(get("/admin").with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(content().string(containsString("oestskolen.yml:3: unknown key &#39;kontakt&#39;")));

        Files.writeString(SCHOOLS.resolve("oestskolen.yml"), "id: oestskolen\nname: Østskolen\n");
        mvc.perform(post("/admin/api/reload/schools").contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic("skoleadmin", "korrekt-hest-batteri")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary", containsString("2 school(s)")));
        assertThat(schools.byName("østskolen")).isPresent();
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("schools-reload-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
