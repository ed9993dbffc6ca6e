package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.app.web.HttpTestClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** CORS per school and configuration, and the security headers on pages, API answers and errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "bot.web.allowed-origins=https://partner.example",
        "bot.web.frame-ancestors='self' https://intra.example"})
class CrossSiteApiTest {

    @LocalServerPort
    int port;
    HttpTestClient client;

    @BeforeEach
    void setUp() {
        client = new HttpTestClient(port);
    }

    @Test
    void preflightFromASchoolsDeclaredOriginIsAllowed() {
        Response response = preflight("https://demoskolen.example");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://demoskolen.example");
        assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
    }

    @Test
    void configuredAndLocalhostOriginsAreAllowed() {
        assertThat(preflight("https://partner.example").header("Access-Control-Allow-Origin"))
                .isEqualTo("https://partner.example");
        assertThat(preflight("http://localhost:5173").header("Access-Control-Allow-Origin"))
                .isEqualTo("http://localhost:5173");
    }

    @Test
    void otherOriginsAreRefused() {
        Response preflight = preflight("https://evil.example");
        Response post = client.post("/api/conversations", "{}", "Origin", "https://evil.example");

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(post.status()).isEqualTo(403);
    }

    @Test
    void actualRequestFromAnAllowedOriginExposesRetryAfter() {
        Response response = client.post("/api/conversations", "{}", "Origin", "https://demoskolen.example");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://demoskolen.example");
        assertThat(response.header("Access-Control-Expose-Headers")).contains("Retry-After");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (Response response : new Response[] {
                client.get("/"), client.get("/widget.js"), client.post("/api/conversations", "{}"),
                client.get("/no-such-page"), client.post("/api/conversations", "{broken")}) {
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).as("CSP on " + response.status()).contains("script-src 'self'")
                    .contains("frame-ancestors 'self' https://intra.example").doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void demoPageEmbedsTheWidgetWithoutInlineScript() {
        Response page = client.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/widget.js\"");
        assertThat(page.body().replaceAll("<script src=\"[^\"]+\"[^>]*></script>", "")).doesNotContain("<script");
        assertThat(page.body()).doesNotContain("style=");
        Response widget = client.get("/widget.js");
        assertThat(widget.header("Content-Type")).contains("javascript");
        assertThat(widget.body()).doesNotContain("innerHTML");
    }

    private Response preflight(String origin) {
        return client.options("/api/conversations", "Origin", origin,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type,authorization");
    }
}
