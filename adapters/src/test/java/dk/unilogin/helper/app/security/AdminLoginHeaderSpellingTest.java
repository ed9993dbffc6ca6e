package dk.unilogin.helper.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin login accepts Basic credentials in one spelling only, and the lockout holds
 * whatever spelling a guesser tries: "Basic_…", "Basic:…", a tab, two spaces.
 */
@SpringBootTest(properties = {"bot.admin.username=skoleadmin", "bot.admin.password=korrekt-hest-batteri"})
@AutoConfigureMockMvc
class AdminLoginHeaderSpellingTest {
    private static final String RIGHT = "korrekt-hest-batteri";
    private static final List<String> ODD_SPELLINGS = List.of("Basic_", "Basic:", "Basic\t", "Basic  ", "Basic\t ",
            "Basic=", "Basic,", " Basic", "BasicX");

    @Autowired
    MockMvc mvc;

    @Test
    void theRightPasswordInAnOddSpellingDoesNotSignIn() throws Exception {
        for (String scheme : ODD_SPELLINGS) {
            int status = status(scheme + base64("skoleadmin:" + RIGHT), "10.7.0.1");
            assertThat(status).as("'" + scheme + "'").isIn(401, 429);
        }
        assertThat(status("Basic " + base64("skoleadmin:" + RIGHT), "10.7.0.1")).as("the one spelling").isEqualTo(200);
        assertThat(status("basic " + base64("skoleadmin:" + RIGHT), "10.7.0.2")).as("the scheme in any case").isEqualTo(200);
    }

    @Test
    void guessesInOddSpellingsNeverGetAnAnswerAboutThePassword() throws Exception {
        for (String scheme : ODD_SPELLINGS) {
            for (int i = 0; i < 6; i++) {
                assertThat(status(scheme + base64("skoleadmin:gæt-" + i), "10.7.1.1")).isIn(401, 429);
            }
        }
        for (int i = 0; i < 5; i++) {
            assertThat(status("Basic " + base64("skoleadmin:gæt-" + i), "10.7.1.1")).isIn(401, 429);
        }
        assertThat(status("Basic " + base64("skoleadmin:" + RIGHT), "10.7.1.1"))
                .as("at most five guesses were checked; the sixth address attempt is locked").isEqualTo(429);
    }

    @Test
    void aLockedAddressIsRefusedTheRightPasswordInEverySpelling() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(status("Basic " + base64("skoleadmin:gæt-" + i), "10.7.2.1")).isEqualTo(401);
        }
        assertThat(status("Basic " + base64("skoleadmin:" + RIGHT), "10.7.2.1")).isEqualTo(429);
        for (String scheme : ODD_SPELLINGS) {
            assertThat(status(scheme + base64("skoleadmin:" + RIGHT), "10.7.2.1")).as("'" + scheme + "'").isIn(401, 429);
        }
        assertThat(mvc.perform(get("/admin").with(httpBasic("skoleadmin", RIGHT)).with(request -> {
            request.setRemoteAddr("10.7.2.2");
            return request;
        })).andReturn().getResponse().getStatus()).as("another address").isEqualTo(200);
    }

    @Test
    void malformedCredentialsAreRefusedWithoutBeingChecked() throws Exception {
        for (String header : List.of("Basic " + base64("no-colon"), "Basic " + base64(":" + RIGHT), "Basic !!!",
                "Basic " + base64("skoleadmin:" + RIGHT) + "=", "Basic " + Base64.getEncoder().encodeToString(
                        new byte[] {(byte) 0xff, (byte) 0xfe, ':', 'x'}))) {
            assertThat(status(header, "10.7.3.1")).as(header).isEqualTo(401);
        }
        assertThat(status("Basic " + base64("skoleadmin:" + RIGHT), "10.7.3.1")).isEqualTo(200);
    }

    private int status(String authorization, String address) throws Exception {
        return mvc.perform(get("/admin").header("Authorization", authorization).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn().getResponse().getStatus();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
