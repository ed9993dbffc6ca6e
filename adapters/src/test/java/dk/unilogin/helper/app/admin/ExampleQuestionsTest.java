package dk.unilogin.helper.app.admin;

import static dk.unilogin.helper.app.admin.TwoSchools.ADMIN;
import static dk.unilogin.helper.app.admin.TwoSchools.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.unilogin.helper.app.examples.ExampleQuestion;
import dk.unilogin.helper.app.examples.ExampleStore;
import dk.unilogin.helper.app.school.BotConversation;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnTrace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin attaches a question the bot could not answer to a passage; the guide reloads and
 * the next conversation asking it gets that passage. Removing it takes the answer away again.
 */
@SpringBootTest(properties = {"bot.admin.username=" + ADMIN, "bot.admin.password=" + ADMIN_PASSWORD})
@AutoConfigureMockMvc
class ExampleQuestionsTest {

    static final String QUESTION = "den grå boks fra kommunen vil have en firecifret pinkode";

    @Autowired
    MockMvc mvc;
    @Autowired
    TurnProcessor bot;
    @Autowired
    ExampleStore store;

    @AfterEach
    void forgetExamples() {
        store.attached().forEach(e -> store.remove(e.id()));
        store.proposed(null).forEach(e -> store.remove(e.id()));
    }

    static RequestPostProcessor admin() {
        return httpBasic(ADMIN, ADMIN_PASSWORD);
    }

    TurnTrace ask(String question) {
        return new BotConversation(bot, "web").sayForResult(question).trace();
    }

    @Test
    void anAttachedQuestionIsAnsweredInTheNextConversationAndNoLongerOnceRemoved() throws Exception {
        assertThat(ask(QUESTION).outcome()).isEqualTo(TurnOutcome.FALLBACK);

        mvc.perform(post("/admin/api/examples").contentType(MediaType.APPLICATION_JSON).with(admin())
                        .content("{\"passage\":\"computer-login\",\"question\":\"" + QUESTION + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.example.status").value("ATTACHED"))
                .andExpect(jsonPath("$.reload.ok").value(true));

        TurnTrace after = ask(QUESTION);
        assertThat(after.outcome()).isEqualTo(TurnOutcome.ANSWER);
        assertThat(after.passageId()).isEqualTo("computer-login");
        mvc.perform(get("/admin").with(admin()))
                .andExpect(content().string(containsString("Tilføjet til vejledningerne")))
                .andExpect(content().string(containsString(QUESTION)));

        long id = store.attached().get(0).id();
        mvc.perform(delete("/admin/api/examples/" + id).contentType(MediaType.APPLICATION_JSON).with(admin()))
                .andExpect(status().isNoContent());
        assertThat(ask(QUESTION).outcome()).isEqualTo(TurnOutcome.FALLBACK);
        mvc.perform(delete("/admin/api/examples/" + id).contentType(MediaType.APPLICATION_JSON).with(admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theQuestionIsRedactedAgainBeforeItIsStored() throws Exception {
        mvc.perform(post("/admin/api/examples").contentType(MediaType.APPLICATION_JSON).with(admin())
                        .content("{\"passage\":\"ingen-adgang\",\"question\":\"min datter 010203-1234 har kode: Sommer2024!\"}"))
                .andExpect(status().isCreated());
        ExampleQuestion stored = store.attached().get(0);
        assertThat(stored.question()).doesNotContain("010203", "Sommer2024").contains("[cpr]", "[kode]");
    }

    @Test
    void badRequestsAreClearAndChangeNothing() throws Exception {
        mvc.perform(post("/admin/api/examples").contentType(MediaType.APPLICATION_JSON).with(admin())
                        .content("{\"passage\":\"findes-ikke\",\"question\":\"noget\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("passage")));
        mvc.perform(post("/admin/api/examples").contentType(MediaType.APPLICATION_JSON).with(admin())
                        .content("{\"passage\":\"ingen-adgang\",\"question\":\"   \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("question")));
        mvc.perform(post("/admin/api/examples").contentType(MediaType.APPLICATION_JSON).with(admin())
                        .content("{\"passage\":\"ingen-adgang\",\"question\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("JSON")));
        mvc.perform(post("/admin/api/examples").contentType(MediaType.APPLICATION_JSON).with(admin())
                        .content("{\"passage\":\"ingen-adgang\",\"question\":\"" + "a".repeat(9000) + "\"}"))
                .andExpect(status().isContentTooLarge());
        mvc.perform(post("/admin/api/examples").contentType(MediaType.APPLICATION_JSON).with(admin())
                        .content("{\"passage\":\"ingen-adgang\",\"question\":\"" + "ord ".repeat(300) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("1000")));
        assertThat(store.attached()).isEmpty();
    }

    @Test
    void theTokenThePageRendersStaysValidWhileThePageLoadsItsStyleSheet() throws Exception {
        org.springframework.test.web.servlet.MvcResult page = mvc.perform(get("/admin").with(admin())).andReturn();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        mvc.perform(get("/admin/admin.css").with(admin())
                .session((org.springframework.mock.web.MockHttpSession) page.getRequest().getSession(false)))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/reload/schools").with(admin()).param("_csrf", token.group(1))
                        .session((org.springframework.mock.web.MockHttpSession) page.getRequest().getSession(false)))
                .andExpect(status().isSeeOther());
    }

    @Test
    void thePageButtonNeedsItsCsrfTokenAndComesBackToTheSameView() throws Exception {
        mvc.perform(post("/admin/examples").with(admin()).param("passage", "computer-login").param("question", QUESTION))
                .andExpect(status().isForbidden());
        assertThat(store.attached()).isEmpty();
        mvc.perform(post("/admin/examples").with(admin()).with(csrf()).param("passage", "computer-login")
                        .param("question", QUESTION).param("from", "2026-11-01").param("to", "2026-11-30"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location",
                        startsWith("/admin?from=2026-11-01&to=2026-11-30&done=attached#uden-svar")));
        assertThat(store.attached()).extracting(ExampleQuestion::question).containsExactly(QUESTION);
        mvc.perform(get("/admin").param("done", "attached").with(admin()))
                .andExpect(content().string(containsString("tilføjet som eksempel")));

        long id = store.attached().get(0).id();
        mvc.perform(post("/admin/examples/" + id + "/remove").with(admin()).with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", containsString("done=removed")));
        assertThat(store.attached()).isEmpty();
        assertThat(ask(QUESTION).outcome()).isEqualTo(TurnOutcome.FALLBACK);
    }
}
