package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.web.browser.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Microsoft's own Web Chat (the npm bundle, unchanged, served by a school page of another
 * origin) talking to the bot in headless Chromium, once polling and once over its default
 * WebSocket: the welcome, a question answered with the guide's steps, the message marked
 * sent, a suggested action pressed and answered, the transcript in order; and a reconnect
 * after the server closes the stream.
 * Skipped without Chromium or the bundle ({@code .ci/webchat.sh} fetches it; CI does).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "bot.web.rate-limit.burst=10000",
        "bot.web.rate-limit.requests-per-second=10000"})
class WebChatBrowserTest {
    static final Path BUNDLE = Path.of(System.getProperty("webchat.bundle",
            "target/npm/botframework-webchat-4.18.1/webchat.js"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUESTION = "min søn har glemt sin kode til unilogin";
    private static WebChatHostPage host;
    private static volatile String pageHtml = "";

    @LocalServerPort
    int port;
    @Autowired
    ActivityStreamHandler streams;
    @TempDir
    static Path profile;
    ChromeDriver driver;

    @DynamicPropertySource
    static void schoolOfTheHostPage(DynamicPropertyRegistry registry) throws IOException {
        if (Files.isReadable(BUNDLE)) {
            host = new WebChatHostPage(BUNDLE, () -> pageHtml);
            registry.add("bot.schools.dir", () -> TestSchoolFolder.create(host.origin()).toString());
        }
    }

    @BeforeAll
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Browser.available(),
                "Skipping Web Chat browser tests: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                        + "(apt-get install chromium chromium-driver; CI installs them).");
        Assumptions.assumeTrue(host != null, "Skipping Web Chat browser tests: " + BUNDLE.toAbsolutePath()
                + " is missing; run .ci/webchat.sh (needs npm) to fetch botframework-webchat 4.18.1.");
        driver = Browser.start(profile.resolve("chromium"));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    void webChatPollingAsksPressesAButtonAndKeepsTheTranscriptInOrder() {
        converse(false, "directline-webchat-polling.png");
    }

    @Test
    void webChatOverItsDefaultWebSocketAsksPressesAButtonAndKeepsTheTranscriptInOrder() {
        converse(null, "directline-webchat-websocket.png");
    }

    @Test
    void webChatReconnectsWhenTheServerClosesItsStreamAndReadsOnWithoutRepeats() {
        converse(null, "directline-webchat-before-reconnect.png");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        int before = activities().size();

        streams.closeAll();
        wait.until(d -> streams.openStreams() == 0);
        wait.until(d -> streams.openStreams() == 1);
        driver.findElement(By.cssSelector(".webchat__send-box-text-box__input")).sendKeys("tak", Keys.ENTER);

        JsonNode thanks = wait.until(d -> sentAndAnswered("tak"));
        assertThat(replyTo(thanks).get("text").asString()).isNotBlank();
        List<String> ids = activities().stream().map(a -> a.path("id").asString("")).toList();
        assertThat(ids).as("nothing repeated after the reconnect").doesNotHaveDuplicates();
        assertThat(activities().size()).isGreaterThan(before);
    }

    private void converse(Boolean webSocket, String screenshot) {
        pageHtml = WebChatHostPage.page("http://127.0.0.1:" + port + "/v3/directline", TestSchoolFolder.SCHOOL_ID,
                webSocket);
        freshTab();
        driver.get(host.origin() + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        wait.until(d -> botTexts().stream().anyMatch(t -> t.startsWith("Hej! Jeg er Unilogin-hjælperen for Vestskolen")));
        WebElement input = wait.until(d -> d.findElement(By.cssSelector(".webchat__send-box-text-box__input")));
        input.sendKeys(QUESTION, Keys.ENTER);

        JsonNode question = wait.until(d -> sentAndAnswered(QUESTION));
        JsonNode answer = replyTo(question);
        assertThat(answer.get("text").asString()).contains("mitunilogin.dk").contains("1.");
        wait.until(d -> transcriptText().contains("mitunilogin.dk"));

        WebElement button = wait.until(d -> {
            List<WebElement> buttons = d.findElements(By.cssSelector("button.webchat__suggested-action"));
            return buttons.isEmpty() || !buttons.get(0).isDisplayed() ? null : buttons.get(0);
        });
        String title = button.getText().strip();
        assertThat(title).isNotEmpty();
        button.click();

        JsonNode pressed = wait.until(d -> sentAndAnswered(title));
        assertThat(replyTo(pressed).get("text").asString()).as("the button is answered, not met with the fallback")
                .isNotBlank().doesNotContain("Det kan jeg desværre ikke svare på");
        wait.until(d -> userBubbles().size() == 2);
        screenshot(screenshot);

        assertThat(userBubbles()).as("what the user wrote and pressed, shown as the user's, in order")
                .containsExactly(QUESTION, title);
        assertThat(activities()).allSatisfy(a -> assertThat(a.path("state").asString("")).isNotEqualTo("send failed"));
        assertThat(transcriptText()).doesNotContain("mislykkedes").doesNotContain("Send failed");
        List<String> order = activities().stream().map(a -> a.get("role").asString() + ":" + a.path("text").asString(""))
                .toList();
        assertThat(order.get(0)).startsWith("bot:Hej!");
        assertThat(order.indexOf("user:" + QUESTION)).isLessThan(order.indexOf("bot:" + answer.get("text").asString()));
        assertThat(order.indexOf("bot:" + answer.get("text").asString())).isLessThan(order.indexOf("user:" + title));
        List<String> warnings = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Timed out while waiting for activity")).toList();
        assertThat(warnings).as("no reply is held back waiting for its replyToId").isEmpty();
    }

    /** The user's activity with this text once Web Chat marks it sent and a reply to it has come. */
    private JsonNode sentAndAnswered(String text) {
        for (JsonNode activity : activities()) {
            if ("user".equals(activity.get("role").asString()) && text.equals(activity.path("text").asString(""))
                    && "sent".equals(activity.path("state").asString("")) && replyTo(activity) != null) {
                return activity;
            }
        }
        return null;
    }

    private JsonNode replyTo(JsonNode userActivity) {
        String id = userActivity.path("id").asString("");
        for (JsonNode activity : activities()) {
            if (!id.isEmpty() && id.equals(activity.path("replyToId").asString(""))) {
                return activity;
            }
        }
        return null;
    }

    /** Web Chat's own record of the transcript: role, text, ids and send state, in its order. */
    private List<JsonNode> activities() {
        Object json = driver.executeScript("return JSON.stringify(window.webChatStore.getState().activities"
                + ".filter(a => a.type === 'message').map(a => ({ role: a.from && a.from.role, text: a.text, id: a.id,"
                + " replyToId: a.replyToId, state: a.channelData && (a.channelData['webchat:send-status']"
                + " || a.channelData.state) })));");
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree((String) json).forEach(all::add);
        return all;
    }

    private List<String> botTexts() {
        return activities().stream().filter(a -> "bot".equals(a.get("role").asString()))
                .map(a -> a.path("text").asString("")).toList();
    }

    private List<String> userBubbles() {
        return driver.findElements(By.cssSelector(".webchat__bubble--from-user .webchat__bubble__content")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private String transcriptText() {
        return driver.findElement(By.id("webchat")).getText();
    }

    private void freshTab() {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
    }

    private void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
