package dk.unilogin.helper.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget in real headless Chromium, on the demo page and on a school page of another
 * origin: a parent's whole journey, reloads, hostile input, keyboard-only use, a strict
 * host CSP and the phone layout. Skipped when Chromium is not installed (CI installs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "bot.web.rate-limit.burst=10000",
        "bot.web.rate-limit.requests-per-second=10000"})
class WebChatBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @TempDir
    static Path profile;
    ChromeDriver driver;
    WidgetPage widget;

    @BeforeAll
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Browser.available(),
                "Skipping browser tests: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                        + "(apt-get install chromium chromium-driver; CI installs them).");
        driver = Browser.start(profile.resolve("chromium"));
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void freshTab() {
        // A new tab has its own sessionStorage, so each test starts without a conversation.
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
        driver.manage().window().setSize(new Dimension(1280, 900));
        widget = new WidgetPage(driver);
    }

    @Test
    void parentAsksGetsTheGuidePressesAButtonAndTheConversationSurvivesAReload() {
        driver.get(demoPage());
        widget.open();

        widget.ask("mit barn har glemt sin kode");

        assertThat(widget.transcript()).contains("mitunilogin.dk");
        screenshot("widget-desktop.png");
        WebElement link = widget.find(".uh-bot a[href*='mitunilogin.dk']");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getAttribute("rel")).contains("noopener");

        List<WebElement> suggestions = widget.all(".uh-suggestion");
        assertThat(suggestions).as("the answer offers buttons").isNotEmpty();
        String pressed = suggestions.get(0).getText();
        int botMessages = widget.botMessages().size();
        suggestions.get(0).click();
        widget.waitForBotMessages(botMessages + 1);
        widget.waitUntilIdle();
        assertThat(widget.userMessages().get(widget.userMessages().size() - 1).getText()).contains(pressed);
        String before = widget.transcript();

        driver.navigate().refresh();

        widget.waitForBotMessages(botMessages + 1);
        assertThat(widget.panelOpen()).isTrue();
        assertThat(widget.transcript()).isEqualTo(before);
        widget.ask("tak");
        assertThat(widget.botMessages().size()).as("the same conversation goes on after the reload")
                .isGreaterThan(botMessages + 1);
    }

    @Test
    void aMessageToALostConversationGoesToANewOneWithOneLineSayingSo() {
        driver.get(demoPage());
        widget.open();
        widget.ask("tak");
        int welcomes = widget.count(".uh-bot", "Unilogin-hjælperen");
        // What a restart of a server that keeps conversations in memory leaves behind: an id it no longer knows.
        ((JavascriptExecutor) driver).executeScript(
                "for (var i = 0; i < sessionStorage.length; i++) {"
                        + "  var key = sessionStorage.key(i); var saved = JSON.parse(sessionStorage.getItem(key));"
                        + "  saved.conversationId = 'gone-after-a-restart'; sessionStorage.setItem(key, JSON.stringify(saved));"
                        + "}");
        driver.navigate().refresh();
        widget.waitForBotMessages(2);
        int users = widget.userMessages().size();

        widget.ask("mit barn har glemt sin kode");

        assertThat(widget.transcript()).contains("mitunilogin.dk");
        List<WebElement> notices = widget.all(".uh-notice");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).getText()).isEqualTo("Den tidligere samtale findes ikke længere, så din besked er sendt i en ny.");
        assertThat(widget.count(".uh-bot", "Unilogin-hjælperen")).as("no second welcome").isEqualTo(welcomes);
        assertThat(widget.userMessages()).as("the message is shown once").hasSize(users + 1);
        widget.ask("tak");
        assertThat(widget.all(".uh-notice")).as("the new conversation goes on without another notice").hasSize(1);
    }

    @Test
    void aMessageSentWithEnterWhileTheWelcomeIsLoadingIsSentAfterIt() {
        driver.get(demoPage());
        // A slow network: the welcome takes a second and a half to arrive.
        ((JavascriptExecutor) driver).executeScript(
                "var original = window.fetch;"
                        + "window.fetch = function (url, options) {"
                        + "  var reply = original(url, options);"
                        + "  return /\\/api\\/conversations$/.test(url)"
                        + "    ? new Promise(function (resolve) { setTimeout(function () { resolve(reply); }, 1500); })"
                        + "    : reply;"
                        + "};");
        widget.launcher().click();
        widget.input().sendKeys("mit barn har glemt sin kode", Keys.ENTER);
        assertThat(widget.botMessages()).as("the welcome has not arrived yet").isEmpty();

        widget.waitForBotMessages(2);
        widget.waitUntilIdle();

        assertThat(widget.userMessages()).hasSize(1);
        assertThat(widget.botMessages().get(0).getText()).as("the welcome first").contains("Unilogin-hjælperen");
        assertThat(widget.transcript()).as("then the answer to the queued message").contains("mitunilogin.dk");
        assertThat(widget.input().getAttribute("value")).isEmpty();
        assertThat(widget.all(".uh-notice")).isEmpty();
    }

    @Test
    void typedMarkupIsShownAsTextAndNeverRuns() throws IOException {
        String page = "<!DOCTYPE html><html lang=\"da\"><head><title>Skole uden CSP</title></head><body>"
                + "<h1>En skole uden Content-Security-Policy</h1>"
                + "<script src=\"" + botOrigin() + "/widget.js\" data-lang=\"da\" defer></script></body></html>";
        try (HostPageServer host = new HostPageServer(page, null)) {
            driver.get(host.url());
            widget.open();
            String payload = "<img src=x onerror=alert(1)>";

            widget.ask(payload);

            assertThat(widget.userMessages().get(0).getText()).contains(payload);
            assertThat(widget.all("img")).isEmpty();
            assertThat(driver.findElements(By.tagName("img"))).isEmpty();
            assertNoAlert();
        }
    }

    @Test
    void worksByKeyboardAlone() {
        driver.get(demoPage());
        for (int i = 0; i < 30 && !widget.focusedHasClass("uh-launcher"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(widget.focusedHasClass("uh-launcher")).as("the launcher is reachable with Tab").isTrue();
        assertThat(widget.launcher().getAttribute("aria-expanded")).isEqualTo("false");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        widget.waitForBotMessages(1);
        assertThat(widget.focusedHasClass("uh-input")).as("opening moves focus to the text box").isTrue();
        assertThat(widget.launcher().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(widget.find(".uh-log").getAttribute("role")).isEqualTo("log");
        assertThat(widget.find(".uh-log").getAttribute("aria-live")).isEqualTo("polite");

        int botMessages = widget.botMessages().size();
        new Actions(driver).sendKeys("mit barn har glemt sin kode").sendKeys(Keys.ENTER).perform();
        widget.waitForBotMessages(botMessages + 1);
        widget.waitUntilIdle();

        for (int i = 0; i < 30 && !widget.focusedHasClass("uh-suggestion"); i++) {
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        assertThat(widget.focusedHasClass("uh-suggestion")).as("suggested actions are reachable with Tab").isTrue();
        String title = widget.focused().getText();
        int users = widget.userMessages().size();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        widget.waitUntilIdle();
        assertThat(widget.userMessages()).hasSize(users + 1);
        assertThat(widget.userMessages().get(users).getText()).contains(title);
        assertThat(widget.focusedHasClass("uh-input")).as("focus returns to the text box").isTrue();

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(widget.panelOpen()).isFalse();
        assertThat(widget.focusedHasClass("uh-launcher")).as("Escape closes and returns focus").isTrue();
    }

    @Test
    void worksOnASchoolPageWithAStrictContentSecurityPolicy() throws IOException {
        String bot = botOrigin();
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Strict school</title></head><body>"
                + "<h1>A school page that allows only the bot's origin</h1>"
                + "<script src=\"" + bot + "/widget.js\" data-lang=\"en\" data-title=\"Login help\""
                + " data-color=\"#7a1f5c\" defer></script></body></html>";
        String csp = "default-src 'none'; script-src " + bot + "; style-src " + bot + "; connect-src " + bot;
        try (HostPageServer host = new HostPageServer(page, csp)) {
            driver.get(host.url());
            assertThat(widget.launcher().getText()).contains("Login help");
            assertThat(widget.launcher().getCssValue("background-color")).isEqualTo("rgba(122, 31, 92, 1)");

            widget.open();
            widget.ask("my child forgot the password");

            assertThat(widget.find(".uh-input").getAttribute("aria-label")).isEqualTo("Type your question");
            assertThat(widget.botMessages().size()).isGreaterThanOrEqualTo(2);
            List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy"))
                    .toList();
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void fitsAPhoneScreenOf360Pixels() {
        driver.manage().window().setSize(new Dimension(360, 740));
        driver.get(demoPage());
        widget.open();
        widget.ask("mit barn har glemt sin kode");

        JavascriptExecutor js = driver;
        long viewport = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        WebElement panel = widget.find(".uh-panel");
        assertThat(panel.getRect().getX()).isGreaterThanOrEqualTo(0);
        assertThat(panel.getRect().getX() + panel.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
        for (WebElement message : widget.all(".uh-msg")) {
            assertThat(message.getRect().getX() + message.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
        }
        screenshot("widget-phone-360.png");
    }

    /** Kept under target/screenshots as a test artifact, for a person to look at. */
    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a script ran: an alert is open");
        } catch (NoAlertPresentException expected) {
            // no script ran
        }
    }

    private String botOrigin() {
        return "http://127.0.0.1:" + port;
    }

    private String demoPage() {
        return "http://127.0.0.1:" + port + "/";
    }
}
