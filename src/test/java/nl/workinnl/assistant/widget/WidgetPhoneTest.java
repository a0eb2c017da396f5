package nl.workinnl.assistant.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.testing.Months;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget on a 390 x 844 phone screen (Chromium's device emulation), and shrunk to 450 px high as
 * when the keyboard is open: a full-screen sheet, the answer's first part and the measure's status
 * visible without scrolling, the input always visible, and axe-core without serious violations.
 * Screenshots go to target/ for review.
 */
@ExtendWith(BrowserRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetPhoneTest {

    private static final Duration WAIT = WidgetPage.WAIT;
    private static ChromeDriver driver;
    private static WidgetPage page;

    @LocalServerPort
    int port;

    @Autowired
    CurrentKnowledge knowledge;

    private Corpus corpus() {
        return knowledge.get().corpus();
    }

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
        page = new WidgetPage(driver);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void phone() {
        screen(390, 844);
        driver.get("http://localhost:" + port + "/nl/measures");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
    }

    private static void screen(int width, int height) {
        Screens.phone(driver, width, height);
    }

    private static long viewportHeight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight")).longValue();
    }

    private static boolean onScreen(WebElement element) {
        Rectangle r = element.getRect();
        return r.getY() >= 0 && r.getY() + r.getHeight() <= viewportHeight() && r.getHeight() > 0;
    }

    private static void screenshot(String name) throws Exception {
        Screens.screenshot(driver, name);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void openWidget() {
        driver.get(base() + "/");
        page.inWidget("#launcher").click();
        page.inWidget("#input");
    }

    /** Scrolls the transcript so that the element is in view, as a reader's swipe would. */
    private static void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'})", element);
    }

    /** The transcript's content is not wider than the screen: nothing to scroll sideways. */
    private static long sidewaysOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "const log = document.querySelector('workinnl-widget').shadowRoot.querySelector('#log');"
                        + "return log.scrollWidth - log.clientWidth")).longValue();
    }

    @Test
    void onAPhoneTheAnswerStartsWithWhatAnswersAndItsStatusWithTheInputInView() throws Exception {
        driver.get("http://localhost:" + port + "/");
        page.inWidget("#launcher").click();
        WebElement panel = page.inWidget("#panel");
        assertThat(panel.getRect().getWidth()).as("a full-screen sheet").isGreaterThanOrEqualTo(385);

        WebElement answer = page.ask("Czy agencja może potrącać czynsz za pokój z mojej wypłaty?");
        WebElement first = answer.findElement(By.cssSelector(".section, .lead"));
        WebElement badge = answer.findElement(By.cssSelector(".badge"));
        assertThat(onScreen(first)).as("the answer's first part is in view").isTrue();
        assertThat(onScreen(badge)).as("the status badge is in view").isTrue();
        assertThat(answer.findElements(By.cssSelector(".badge"))).as("the status is shown once").hasSize(1);
        String href = answer.findElement(By.cssSelector(".cite a.cite-link")).getAttribute("href");
        String cited = corpus().measure(href.substring(href.lastIndexOf('/') + 1)).orElseThrow().statusDate();
        assertThat(answer.findElement(By.cssSelector(".cite .date")).getText()).as("the status's month in Polish")
                .isEqualTo(Months.inWords("pl", cited));
        assertThat(answer.getText()).doesNotContain("/pl/measures/");
        assertThat(onScreen(page.inWidget("#input"))).as("the input is in view").isTrue();
        assertThat(answer.getAttribute("lang")).isEqualTo("pl");
        new WebDriverWait(driver, WAIT).until(d -> "Wyślij".equals(page.inWidget("#send").getText()));
        screenshot("phone-answer");

        answer = page.widget().findElements(By.cssSelector(".msg--bot:not(.typing)")).getLast();
        WebElement more = answer.findElement(By.cssSelector("summary.more-toggle"));
        assertThat(more.getRect().getHeight()).as("a tap target of at least 44 px").isGreaterThanOrEqualTo(44);
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }

    @Test
    void withTheKeyboardOpenTheInputStaysInView() throws Exception {
        driver.get("http://localhost:" + port + "/");
        page.inWidget("#launcher").click();
        page.ask("Welke maatregelen zijn vertraagd?");
        screen(390, 450);
        new WebDriverWait(driver, WAIT).until(d -> onScreen(page.inWidget("#input")));
        assertThat(onScreen(page.inWidget("#send"))).isTrue();
        screenshot("phone-keyboard");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }

    @Test
    void aFailedRequestKeepsTheQuestionAndOffersToTryAgain() {
        driver.get("http://localhost:" + port + "/");
        page.inWidget("#launcher").click();
        String tooLong = "Mag mijn werkgever de huur inhouden? " + "x".repeat(2100);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", page.inWidget("#input"), tooLong);
        int before = page.answers();
        page.inWidget("#send").click();
        WebElement error = page.answerAfter(before);
        assertThat(error.getAttribute("class")).contains("msg--error");
        assertThat(error.findElements(By.cssSelector("button.retry"))).hasSize(1);
        assertThat(page.inWidget("#input").getAttribute("value")).isEqualTo(tooLong.trim());
    }

    @Test
    void onAPhoneTheTopicChipsGiveWayOnceTheConversationBegins() {
        driver.get("http://localhost:" + port + "/");
        page.inWidget("#launcher").click();
        assertThat(page.inWidget(".themes").isDisplayed()).isTrue();
        page.ask("Welke maatregelen zijn vertraagd?");
        new WebDriverWait(driver, WAIT).until(d -> !page.widget().findElement(By.cssSelector(".themes")).isDisplayed());
        page.inWidget("#clear").click();
        new WebDriverWait(driver, WAIT).until(d -> page.widget().findElement(By.cssSelector(".themes")).isDisplayed());
    }

    @Test
    void aPrintedMeasurePageHasNoHeaderNorWidget() throws Exception {
        screen(1000, 1400);
        driver.get("http://localhost:" + port + "/nl/measures/werk-4");
        page.inWidget("#launcher");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.cssSelector("header.site")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("workinnl-widget")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
            screenshot("print-measure");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void onAPhoneAChoiceButtonAnswersAndFollowingACitationKeepsTheConversation() throws Exception {
        driver.get("http://localhost:" + port + "/");
        page.inWidget("#launcher").click();
        WebElement choices = page.ask("registratie 2");
        List<WebElement> buttons = choices.findElements(By.cssSelector("button.sugg"));
        assertThat(buttons).hasSize(3);
        assertThat(buttons.getFirst().getRect().getHeight()).isGreaterThanOrEqualTo(44);
        screenshot("phone-choices");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
        int before = page.answers();
        buttons.get(1).click();
        WebElement answer = page.answerAfter(before);
        WebElement link = answer.findElement(By.cssSelector("a.cite-link"));
        assertThat(link.getAttribute("href")).endsWith("/measures/registratie-2b");
        int messages = page.widget().findElements(By.cssSelector(".msg")).size();

        link.click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/measures/registratie-2b"));
        // Same tab: the widget on the measure page has the conversation, and it is still open.
        new WebDriverWait(driver, WAIT).until(d -> page.widget().findElements(By.cssSelector(".msg")).size() == messages);
        screenshot("phone-after-citation");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }

    /**
     * The widget's controls, on screen now, that are less than 44 x 44 px, measured at rest: the
     * panel's opening animation (and any other) must have ended, as a reader's tap comes after it.
     */
    @SuppressWarnings("unchecked")
    private static List<String> smallControls() {
        new WebDriverWait(driver, WAIT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const root = document.querySelector('workinnl-widget').shadowRoot;"
                        + " return root.getAnimations().every(a => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity);"));
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const root = document.querySelector('workinnl-widget').shadowRoot;
                return [...root.querySelectorAll('button, select, summary, textarea')]
                    .filter(e => e.getClientRects().length > 0)
                    .map(e => [e, e.getBoundingClientRect()])
                    .filter(([e, r]) => r.width < 44 || r.height < 44)
                    .map(([e, r]) => (e.id || e.className || e.tagName) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));""");
    }

    @Test
    void inDarkModeOnAPhoneEveryControlIsATapTargetAndPassesAxe() throws Exception {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            openWidget();
            assertThat(smallControls()).as("controls under 44 px before the first question").isEmpty();
            page.ask("Czy agencja może potrącać czynsz za pokój z mojej wypłaty?");
            assertThat(smallControls()).as("controls under 44 px with an answer").isEmpty();
            screenshot("phone-dark");
            assertThat(Axe.seriousViolations(driver)).isEmpty();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void onAPhoneTheQuickRepliesUnderAnAnswerWork() throws Exception {
        openWidget();
        WebElement answer = page.ask("Czy agencja może potrącać czynsz za pokój z mojej wypłaty?");
        // Details: one tap opens them under the answer.
        WebElement more = answer.findElement(By.cssSelector("summary.more-toggle"));
        more.click();
        WebElement details = answer.findElement(By.cssSelector("details.more"));
        new WebDriverWait(driver, WAIT).until(d -> details.getAttribute("open") != null);
        WebElement section = details.findElement(By.cssSelector(".section"));
        scrollTo(section);
        assertThat(section.isDisplayed()).isTrue();
        assertThat(onScreen(section)).as("the details are in view").isTrue();
        screenshot("phone-details");
        assertThat(Axe.seriousViolations(driver)).isEmpty();

        // A related measure: its button asks about it.
        List<WebElement> related = answer.findElements(By.cssSelector("button.sugg"));
        assertThat(related).isNotEmpty();
        WebElement first = related.getFirst();
        assertThat(first.getRect().getHeight()).as("a tap target of at least 44 px").isGreaterThanOrEqualTo(44);
        String title = first.getText();
        scrollTo(first);
        int before = page.answers();
        first.click();
        WebElement next = page.answerAfter(before);
        assertThat(next.findElement(By.cssSelector("a.cite-link")).getText()).isEqualTo(title);
        assertThat(onScreen(next.findElement(By.cssSelector(".badge")))).as("its status is in view").isTrue();
        screenshot("phone-related");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }

    @Test
    void onAPhoneABulgarianQuestionAboutLosingHousingWithTheJobReadsInBulgarian() throws Exception {
        openWidget();
        WebElement answer = page.ask("Ако загубя работата си, ще загубя ли и жилището?");
        assertThat(answer.getAttribute("lang")).isEqualTo("bg");
        WebElement first = answer.findElement(By.cssSelector(".lead"));
        WebElement badge = answer.findElement(By.cssSelector(".badge"));
        assertThat(onScreen(first)).as("the short answer is in view").isTrue();
        assertThat(onScreen(badge)).as("the status badge is in view").isTrue();
        assertThat(answer.findElements(By.cssSelector(".badge"))).as("the status is shown once").hasSize(1);
        assertThat(answer.findElement(By.cssSelector("a.cite-link")).getAttribute("href")).contains("/bg/measures/huisvesting-");
        new WebDriverWait(driver, WAIT).until(d -> page.inWidget("#send").getText().matches("[А-Яа-я ]+"));
        assertThat(page.inWidget("#input").getAttribute("placeholder")).containsPattern("[А-Яа-я]");
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
        screenshot("phone-answer-bg");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }

    @Test
    void onAPhoneAStaffListOfDelayedMeasuresReadsWithEachStatusOnce() throws Exception {
        openWidget();
        WebElement list = page.ask("Welke maatregelen zijn vertraagd?");
        assertThat(onScreen(list.findElement(By.cssSelector(".lead")))).as("the list's heading is in view").isTrue();
        List<WebElement> items = list.findElements(By.cssSelector("li.cite"));
        assertThat(items).hasSize((int) corpus().measures().stream().filter(m -> m.status() == Status.VERTRAAGD).count());
        for (WebElement item : items) {
            assertThat(item.findElements(By.cssSelector("a.cite-link"))).hasSize(1);
            assertThat(item.findElements(By.cssSelector(".badge--VERTRAAGD"))).hasSize(1);
        }
        assertThat(list.getText()).doesNotContain("/nl/measures/");
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
        screenshot("phone-list");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }

    @Test
    void onAPhoneARequestThatFailsKeepsTheQuestionAndTryingAgainAnswersIt() throws Exception {
        openWidget();
        String question = "Czy pracodawca może potrącać czynsz z mojej wypłaty?";
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        WebElement error;
        driver.setNetworkConditions(offline);
        try {
            page.inWidget("#input").sendKeys(question);
            int before = page.answers();
            page.inWidget("#send").click();
            error = page.answerAfter(before);
            assertThat(error.getAttribute("class")).contains("msg--error");
            assertThat(page.inWidget("#input").getAttribute("value")).as("the question is kept").isEqualTo(question);
            WebElement retry = error.findElement(By.cssSelector("button.retry"));
            assertThat(retry.getRect().getHeight()).as("a tap target of at least 44 px").isGreaterThanOrEqualTo(44);
            assertThat(onScreen(retry)).isTrue();
            screenshot("phone-error");
            assertThat(Axe.seriousViolations(driver)).isEmpty();
        } finally {
            driver.deleteNetworkConditions();
        }
        int before = page.answers();
        error.findElement(By.cssSelector("button.retry")).click();
        WebElement answer = page.answerAfter(before);
        assertThat(answer.findElements(By.cssSelector("a.cite-link"))).isNotEmpty();
        assertThat(page.inWidget("#input").getAttribute("value")).as("sent again, the input is free").isEmpty();
        assertThat(page.allInWidget("button.retry")).isEmpty();
    }
}
