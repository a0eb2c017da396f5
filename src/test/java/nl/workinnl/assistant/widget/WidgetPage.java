package nl.workinnl.assistant.widget;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The widget in the browser's current page, as the browser tests use it: waiting by polling, never sleeping. */
final class WidgetPage {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final By ANSWERS = By.cssSelector(".msg--bot:not(.typing)");

    private final ChromeDriver driver;

    WidgetPage(ChromeDriver driver) {
        this.driver = driver;
    }

    /** The widget's shadow root. */
    SearchContext widget() {
        WebElement host = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("workinnl-widget")));
        return host.getShadowRoot();
    }

    /** The first element matching, once it is displayed. */
    WebElement inWidget(String css) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> found = widget().findElements(By.cssSelector(css));
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    List<WebElement> allInWidget(String css) {
        return widget().findElements(By.cssSelector(css));
    }

    int answers() {
        return widget().findElements(ANSWERS).size();
    }

    /** Types a question, sends it and returns the answer. */
    WebElement ask(String question) {
        int before = answers();
        inWidget("#input").sendKeys(question);
        inWidget("#send").click();
        return answerAfter(before);
    }

    /**
     * The answer that follows the {@code before} answers already shown. An answer in another language
     * switches the widget's language, which lays the transcript out again (elements found before go
     * stale): wait for the answer, then for that switch, then take the answer as it is now.
     */
    WebElement answerAfter(int before) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        String lang = wait.until(d -> {
            List<WebElement> bots = widget().findElements(ANSWERS);
            return bots.size() > before ? Objects.requireNonNullElse(bots.getLast().getAttribute("lang"), "") : null;
        });
        if (!lang.isEmpty()) {
            wait.until(d -> lang.equals(widget().findElement(By.cssSelector(".wnl")).getAttribute("lang")));
        }
        return widget().findElements(ANSWERS).getLast();
    }
}
