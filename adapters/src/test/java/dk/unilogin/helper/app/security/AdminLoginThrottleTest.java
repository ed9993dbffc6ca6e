package dk.unilogin.helper.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(properties = {"bot.admin.username=skoleadmin", "bot.admin.password=korrekt-hest-batteri"})
@AutoConfigureMockMvc
class AdminLoginThrottleTest {

    @Autowired
    MockMvc mvc;

    @Test
    void fiveWrongPasswordsLockTheAddressEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/admin").with(httpBasic("skoleadmin", "gæt-" + i)).with(from("10.9.8.7")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/admin").with(httpBasic("skoleadmin", "korrekt-hest-batteri")).with(from("10.9.8.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.code").value("too-many-failed-logins"));
        // Another address is not punished for the first one's guesses.
        mvc.perform(get("/admin").with(httpBasic("skoleadmin", "korrekt-hest-batteri")).with(from("10.9.8.6")))
                .andExpect(status().isOk());
    }

    @Test
    void aSuccessfulLoginClearsEarlierMistakes() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(get("/admin").with(httpBasic("skoleadmin", "tastefejl")).with(from("10.9.8.5")))
                        .andExpect(status().isUnauthorized());
            }
            mvc.perform(get("/admin").with(httpBasic("skoleadmin", "korrekt-hest-batteri")).with(from("10.9.8.5")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void requestsWithoutCredentialsAreNotCounted() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/admin").with(from("10.9.8.4"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/admin").with(httpBasic("skoleadmin", "korrekt-hest-batteri")).with(from("10.9.8.4")))
                .andExpect(status().isOk());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
