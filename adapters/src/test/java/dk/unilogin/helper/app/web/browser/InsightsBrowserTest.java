package dk.unilogin.helper.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.admin.TwoSchools;
import dk.unilogin.helper.app.insights.AsyncTurnRecorder;
import dk.unilogin.helper.app.web.HttpTestClient;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.insights.TurnRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The insights dashboard in real headless Chromium against the whole application: a
 * school's staff member sees a chart and only their school's numbers, another school's data
 * is refused; the global admin turns an unanswered question into an example question with
 * the page's button, and a new conversation asking it is answered with that passage, also
 * after the application restarts on the same database. Each page passes an axe-core audit
 * without serious or critical violations, on a desktop and a 360 px wide phone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String QUESTION = "den grå boks fra kommunen vil have en firecifret pinkode";
    private static final String PASSAGE = "computer-login";
    private static final String PASSAGE_TITLE = "Vi kan ikke logge ind på computeren";
    private static final String OTHER_SCHOOLS_QUESTION = "østskolens kantine har lukket";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path work;
    Path schools;
    RunningBot bot;
    long vestTurns;

    @BeforeAll
    void start() throws InterruptedException {
        Assumptions.assumeTrue(Browser.available(),
                "Skipping the insights browser tests: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                        + "(apt-get install chromium chromium-driver; CI installs them).");
        schools = TwoSchools.write();
        bot = startBot();
        vestTurns = seedHistory(bot.bean(AsyncTurnRecorder.class));
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    private RunningBot startBot() {
        return RunningBot.start(work.resolve("insights"), "--bot.schools.dir=" + schools,
                "--bot.admin.username=" + TwoSchools.ADMIN, "--bot.admin.password=" + TwoSchools.ADMIN_PASSWORD);
    }

    @Test
    void staffSeeTheirSchoolTheAdminTurnsAQuestionIntoAnAnswerThatSurvivesARestart() throws Exception {
        HttpTestClient http = new HttpTestClient(bot.port());
        // A parent of Vestskolen asks something the guide does not answer yet.
        JsonNode first = ask(http, "vestskolen", QUESTION);
        assertThat(sourceOf(first)).isNull();
        ask(http, "oestskolen", OTHER_SCHOOLS_QUESTION);
        assertThat(bot.bean(AsyncTurnRecorder.class).awaitIdle(Duration.ofSeconds(10))).isTrue();
        vestTurns += 2; // the welcome and the question

        ChromeDriver staff = Browser.start(work.resolve("chromium-staff"));
        try {
            open(staff, TwoSchools.VEST_STAFF, TwoSchools.VEST_PASSWORD, "/admin");
            assertThat(staff.findElement(By.tagName("h1")).getText()).isEqualTo("Indsigt: Vestskolen");
            assertThat(staff.findElements(By.cssSelector("svg.chart[role=img]"))).hasSize(2)
                    .allSatisfy(chart -> assertThat(chart.isDisplayed()).isTrue());
            assertThat(staff.findElements(By.cssSelector("svg.chart rect.bar-turns"))).isNotEmpty();
            assertThat(figure(staff, "Beskeder")).isEqualTo(String.valueOf(vestTurns));
            String page = staff.findElement(By.tagName("main")).getText();
            assertThat(page).contains(QUESTION, "Få en ny adgangskode til dit barns Unilogin")
                    .doesNotContain(OTHER_SCHOOLS_QUESTION, "Østskolen", "skift-adgangskode-barn");
            assertThat(staff.findElements(By.cssSelector("select[name=school]"))).isEmpty();
            assertNoSeriousAccessibilityProblems(staff, "staff dashboard");
            screenshotFullPage(staff, "insights-dashboard.png");

            staff.manage().window().setSize(new Dimension(360, 740));
            screenshot(staff, "insights-dashboard-360.png");
            assertThat(horizontalOverflow(staff)).as("the page scrolls sideways at 360 px: %s", staff.executeScript(
                    "return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                            + " return e.getBoundingClientRect().right > document.documentElement.clientWidth + 1; })"
                            + ".slice(0, 8).map(function (e) { return e.tagName + '.' + e.className + ' '"
                            + " + Math.round(e.getBoundingClientRect().right); }).join(', ');")).isLessThanOrEqualTo(0);
            assertNoSeriousAccessibilityProblems(staff, "staff dashboard at 360 px");

            // Another school's data is refused, in the browser and through the API and export.
            staff.get("http://127.0.0.1:" + bot.port() + "/admin?school=oestskolen");
            assertThat(staff.findElement(By.tagName("body")).getText()).contains("403").doesNotContain(OTHER_SCHOOLS_QUESTION);
            String basic = basic(TwoSchools.VEST_STAFF, TwoSchools.VEST_PASSWORD);
            assertThat(http.get("/admin/api/insights?school=oestskolen", "Authorization", basic).status()).isEqualTo(403);
            assertThat(http.get("/admin/export.csv?school=oestskolen", "Authorization", basic).status()).isEqualTo(403);
            assertThat(http.get("/admin/export.csv", "Authorization", basic).body())
                    .contains("Vestskolen", QUESTION).doesNotContain(OTHER_SCHOOLS_QUESTION);
        } finally {
            staff.quit();
        }

        ChromeDriver admin = Browser.start(work.resolve("chromium-admin"));
        try {
            open(admin, TwoSchools.ADMIN, TwoSchools.ADMIN_PASSWORD, "/admin?school=vestskolen");
            WebElement group = admin.findElements(By.cssSelector("#uden-svar li.group")).stream()
                    .filter(g -> g.getText().contains(QUESTION)).findFirst().orElseThrow();
            new Select(group.findElement(By.cssSelector("select[name=passage]"))).selectByValue(PASSAGE);
            group.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(admin, Duration.ofSeconds(20)).withMessage(() -> "no notice after the button: "
                    + admin.getCurrentUrl() + " " + admin.findElement(By.tagName("body")).getText())
                    .until(d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty());
            assertThat(admin.findElement(By.cssSelector("[role=status]")).getText()).contains("tilføjet som eksempel");
            assertThat(admin.findElement(By.id("uden-svar")).getText()).contains("Tilføjet til “" + PASSAGE_TITLE + "”");
            assertThat(admin.findElement(By.id("eksempler")).getText()).contains(QUESTION, PASSAGE_TITLE);
            assertNoSeriousAccessibilityProblems(admin, "admin dashboard");
        } finally {
            admin.quit();
        }

        JsonNode answered = ask(http, "vestskolen", QUESTION);
        assertThat(sourceOf(answered)).isEqualTo(PASSAGE);

        bot.close();
        bot = startBot();
        JsonNode afterRestart = ask(new HttpTestClient(bot.port()), "vestskolen", QUESTION);
        assertThat(sourceOf(afterRestart)).as("answered from the stored example after a restart").isEqualTo(PASSAGE);
    }

    /** Opens a new conversation for the school, asks, and returns the reply. */
    private static JsonNode ask(HttpTestClient http, String school, String question) {
        HttpTestClient.Response opened = http.post("/api/conversations", "{\"school\":\"" + school + "\",\"locale\":\"da\"}");
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.json().get("conversationId").asString();
        String token = opened.json().get("token").asString();
        HttpTestClient.Response reply = http.post("/api/conversations/" + id + "/activities",
                HttpTestClient.json("text", question), "Authorization", "Bearer " + token);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private static String sourceOf(JsonNode reply) {
        for (JsonNode activity : reply.get("activities")) {
            JsonNode source = activity.get("source");
            if (source != null && !source.isNull()) {
                return source.get("id").asString();
            }
        }
        return null;
    }

    private void open(ChromeDriver driver, String user, String password, String path) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get("http://" + user + ":" + password + "@127.0.0.1:" + bot.port() + path);
    }

    private static String figure(ChromeDriver driver, String label) {
        for (WebElement figure : driver.findElements(By.cssSelector(".figures .figure"))) {
            if (figure.findElement(By.tagName("dt")).getText().equals(label)) {
                return figure.findElement(By.tagName("dd")).getText();
            }
        }
        throw new AssertionError("no figure " + label);
    }

    private static long horizontalOverflow(ChromeDriver driver) {
        return ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    /** Runs axe-core (from its webjar) in the page; fails on any serious or critical violation. */
    private static void assertNoSeriousAccessibilityProblems(ChromeDriver driver, String what) throws IOException {
        String axe;
        try (InputStream in = InsightsBrowserTest.class.getClassLoader().getResourceAsStream(AXE)) {
            Assumptions.assumeTrue(in != null, "Skipping the accessibility audit: axe-core is not on the test class path ("
                    + AXE + ", from org.webjars.npm:axe-core)");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeScript(axe);
        String result = (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(JSON.stringify(r.violations.map(function (v) {"
                + "    return {id: v.id, impact: v.impact, help: v.help,"
                + "            nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })};"
                + "  })));"
                + "}, function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e)}])); });");
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(result)) {
            String impact = violation.get("impact").asString();
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(impact + " " + violation.get("id").asString() + ": " + violation.get("help").asString()
                        + " " + violation.get("nodes"));
            }
        }
        assertThat(serious).as("axe-core on the " + what).isEmpty();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The whole page at desktop width, for the README. */
    private static void screenshotFullPage(ChromeDriver driver, String name) throws IOException {
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(4000, height + 140)));
        screenshot(driver, name);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * Thirty days of turns for both schools, as the bot records them; returns Vestskolen's count.
     * The numbers vary by day so that the charts have a shape.
     */
    private static long seedHistory(AsyncTurnRecorder recorder) throws InterruptedException {
        Instant now = Instant.now();
        String[] unanswered = {"printeren i klassen driller", "hvornår er der skolefoto", "vores printer virker ikke"};
        long vest = 0;
        for (int day = 0; day < 30; day++) {
            Instant at = now.minus(Duration.ofDays(day)).minusSeconds(60);
            int answered = 3 + (day * 7) % 9;
            int fallbacks = (day * 5) % 4;
            for (int i = 0; i < answered; i++) {
                String passage = i % 3 == 0 ? "hvor-logge-ind" : "skift-adgangskode-barn";
                recorder.record(turn(at, "vestskolen", "glemt kode", TurnOutcome.ANSWER, passage, null));
            }
            for (int i = 0; i < fallbacks; i++) {
                recorder.record(turn(at, "vestskolen", unanswered[(day + i) % 3], TurnOutcome.FALLBACK, null, null));
            }
            recorder.record(turn(at, "vestskolen", "hej", TurnOutcome.SMALL_TALK, null, null));
            recorder.record(turn(at, "vestskolen", "ja", TurnOutcome.FEEDBACK, "skift-adgangskode-barn", day % 4 != 0));
            recorder.record(turn(at, "vestskolen", "nej", TurnOutcome.FEEDBACK, "hvor-logge-ind", day % 3 == 0));
            vest += answered + fallbacks + 3;
            for (int i = 0; i < 4; i++) {
                recorder.record(turn(at, "oestskolen", "hvor logger vi ind", TurnOutcome.ANSWER, "hvor-logge-ind", null));
            }
        }
        recorder.awaitIdle(Duration.ofSeconds(20));
        return vest;
    }

    private static TurnRecord turn(Instant at, String school, String text, TurnOutcome outcome, String passage,
            Boolean helpful) {
        return new TurnRecord(at, "web", "seed", school, text, outcome, passage, passage == null ? 0 : 0.9, helpful);
    }
}
