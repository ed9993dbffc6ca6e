package dk.unilogin.helper.app.web.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat widget as a user sees it on a page: reads and acts inside its shadow root. */
final class WidgetPage {
    private final WebDriver driver;
    private final WebDriverWait wait;

    WidgetPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    SearchContext shadow() {
        return wait.until(d -> d.findElement(By.id("unilogin-helper-widget")).getShadowRoot());
    }

    WebElement find(String css) {
        return wait.until(d -> {
            List<WebElement> found = shadow().findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    List<WebElement> all(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    WebElement launcher() {
        return find(".uh-launcher");
    }

    WebElement input() {
        return find(".uh-input");
    }

    boolean panelOpen() {
        return !all(".uh-panel").isEmpty() && all(".uh-panel").get(0).isDisplayed();
    }

    /** Opens the panel and waits for the welcome. */
    void open() {
        launcher().click();
        waitForBotMessages(1);
    }

    void ask(String question) {
        int before = botMessages().size();
        input().sendKeys(question, Keys.ENTER);
        waitForBotMessages(before + 1);
        waitUntilIdle();
    }

    List<WebElement> botMessages() {
        return all(".uh-bot");
    }

    List<WebElement> userMessages() {
        return all(".uh-user");
    }

    /** How many elements matching {@code css} show {@code text}. */
    int count(String css, String text) {
        return (int) all(css).stream().filter(e -> e.getText().contains(text)).count();
    }

    void waitForBotMessages(int count) {
        wait.until(d -> botMessages().size() >= count);
    }

    void waitUntilIdle() {
        wait.until(d -> all(".uh-typing").get(0).getAttribute("hidden") != null);
    }

    String transcript() {
        StringBuilder text = new StringBuilder();
        for (WebElement message : all(".uh-msg")) {
            text.append(message.getText()).append('\n');
        }
        return text.toString();
    }

    /** The element focused inside the widget, or null when focus is elsewhere on the page. */
    WebElement focused() {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(
                "var a = document.activeElement;"
                        + "return a && a.id === 'unilogin-helper-widget' ? a.shadowRoot.activeElement : null;");
    }

    boolean focusedHasClass(String cssClass) {
        WebElement element = focused();
        return element != null && (" " + element.getAttribute("class") + " ").contains(" " + cssClass + " ");
    }
}
