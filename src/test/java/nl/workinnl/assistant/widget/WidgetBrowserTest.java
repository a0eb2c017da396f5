package nl.workinnl.assistant.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.feedback.FeedbackCounts;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget in a real headless Chromium, on the demo page and on a hostile host page: asking,
 * citations and their pages, language switch, theme chips, surviving a reload, clearing, keyboard
 * only, no HTML injection, accessibility (axe-core), hostile CSS and a strict CSP.
 */
@ExtendWith(BrowserRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetBrowserTest {

    private static final Duration WAIT = WidgetPage.WAIT;
    private static ChromeDriver driver;
    private static WidgetPage page;

    @LocalServerPort
    int port;

    @Autowired
    FeedbackCounts counts;

    @Autowired
    CurrentKnowledge knowledge;

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
    void freshTab() {
        driver.get("http://localhost:" + port + "/nl/measures");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void openDemo() {
        driver.get(base() + "/");
        page.inWidget("#launcher").click();
        page.inWidget("#input");
    }

    @Test
    void aPolishQuestionGetsTheMeasureWithItsStatusAndAWorkingLink() {
        openDemo();
        WebElement answer = page.ask("Gdzie mogę złożyć wniosek o DigiD jako nierezydent?");
        WebElement link = answer.findElement(By.cssSelector("a.cite-link"));
        assertThat(link.getAttribute("href")).isEqualTo(base() + "/pl/measures/informatie-3");
        WebElement badge = answer.findElement(By.cssSelector(".badge"));
        Status status = knowledge.get().corpus().measure("informatie-3").orElseThrow().status();
        assertThat(badge.getText()).isEqualTo(knowledge.get().translations().statusLabel(status, Language.PL));
        assertThat(badge.getAttribute("class")).contains("badge--" + status);
        assertThat(answer.findElements(By.cssSelector("button.vote"))).hasSize(2);

        driver.get(link.getAttribute("href"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(knowledge.get().translations()
                .measure(knowledge.get().corpus().measure("informatie-3").orElseThrow(), Language.PL).title());
    }

    @Test
    void aVoteIsSentWithTheAnswersTokenAndCountedOnce() {
        openDemo();
        WebElement answer = page.ask("Gdzie mogę złożyć wniosek o DigiD jako nierezydent?");
        long before = counts.votes("informatie-3", true);
        answer.findElement(By.cssSelector("button.vote--yes")).click();
        new WebDriverWait(driver, WAIT).until(d -> !answer.findElements(By.cssSelector(".feedback .thanks")).isEmpty());
        assertThat(counts.votes("informatie-3", true)).isEqualTo(before + 1);
        assertThat(answer.findElements(By.cssSelector("button.vote"))).isEmpty();
    }

    @Test
    void aFollowUpIsUnderstoodEvenAfterAReload() {
        openDemo();
        WebElement first = page.ask("Mieszkamy w 8 osób w jednym pokoju w domu agencji.");
        String measure = first.findElement(By.cssSelector("a.cite-link")).getAttribute("href");
        assertThat(measure).contains("/pl/measures/huisvesting-");
        driver.navigate().refresh();
        new WebDriverWait(driver, WAIT).until(d -> !page.allInWidget("a.cite-link").isEmpty());
        WebElement followUp = page.ask("A kiedy to się zmieni?");
        assertThat(followUp.findElement(By.cssSelector("a.cite-link")).getAttribute("href")).isEqualTo(measure);
    }

    @Test
    void aChoiceOfferedAsAButtonIsAnswered() {
        openDemo();
        WebElement choices = page.ask("registratie 2");
        List<WebElement> buttons = choices.findElements(By.cssSelector("button.sugg"));
        assertThat(buttons).hasSize(3);
        assertThat(choices.findElements(By.cssSelector("a.cite-link"))).isEmpty();
        int before = page.answers();
        String title = buttons.get(1).getText();
        buttons.get(1).click();
        WebElement answer = page.answerAfter(before);
        assertThat(answer.findElement(By.cssSelector("a.cite-link")).getAttribute("href")).endsWith("/measures/registratie-2b");
        assertThat(page.allInWidget(".msg--user").getLast().getText()).contains(title);
    }

    @Test
    void switchingToBulgarianChangesTheWidgetsLanguage() {
        openDemo();
        new Select(page.inWidget("#lang")).selectByValue("bg");
        new WebDriverWait(driver, WAIT).until(d -> page.inWidget("#send").getText().matches(".*[а-я].*"));
        assertThat(page.inWidget("#title").getText()).containsPattern("[А-Яа-я]");
        WebElement answer = page.ask("Къде мога да си направя DigiD?");
        assertThat(answer.findElement(By.cssSelector(".badge")).getText()).isEqualTo("В изпълнение");
    }

    @Test
    void aThemeChipListsTheMeasuresOfTheTheme() {
        openDemo();
        int before = page.answers();
        page.inWidget("button.chip[data-theme='huisvesting']").click();
        WebElement message = page.answerAfter(before);
        List<Measure> housing = knowledge.get().corpus().measures().stream().filter(m -> m.theme().equals("huisvesting")).toList();
        assertThat(message.findElements(By.cssSelector("a.cite-link"))).hasSize(housing.size());
        for (Status status : Status.values()) {
            assertThat(message.findElements(By.cssSelector(".badge--" + status))).as(status.name())
                    .hasSize((int) housing.stream().filter(m -> m.status() == status).count());
        }
    }

    @Test
    void theConversationSurvivesAReloadAndCanBeCleared() {
        openDemo();
        page.ask("Wat is de voorinschrijving met een QR-code bij het RNI-loket?");
        int messages = page.allInWidget(".msg").size();
        driver.navigate().refresh();
        new WebDriverWait(driver, WAIT).until(d -> page.allInWidget(".msg").size() == messages);
        assertThat(page.allInWidget("a.cite-link")).isNotEmpty();

        page.inWidget("#clear").click();
        new WebDriverWait(driver, WAIT).until(d -> page.allInWidget(".msg:not(.greeting)").isEmpty());
        driver.navigate().refresh();
        if (!page.allInWidget("#panel").isEmpty() && page.allInWidget("#panel").getFirst().isDisplayed()) {
            assertThat(page.allInWidget(".msg:not(.greeting)")).isEmpty();
        }
    }

    @Test
    void theWholeFlowWorksByKeyboardOnly() {
        driver.get(base() + "/");
        Actions keys = new Actions(driver);
        String focused = "";
        for (int i = 0; i < 30 && !"launcher".equals(focused); i++) {
            keys.sendKeys(Keys.TAB).perform();
            focused = activeInWidget();
        }
        assertThat(focused).isEqualTo("launcher");
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, WAIT).until(d -> "input".equals(activeInWidget()));
        int before = page.answers();
        keys.sendKeys("Waar kan ik een slechte verhuurder melden?").sendKeys(Keys.ENTER).perform();
        WebElement answer = page.answerAfter(before);
        assertThat(answer.findElements(By.cssSelector("a.cite-link"))).isNotEmpty();
        // Escape closes the panel and gives the focus back to the launcher: no trap.
        page.inWidget("#input").click();
        keys.sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(driver, WAIT).until(d -> "launcher".equals(activeInWidget()));
        assertThat(page.inWidget("#launcher").getAttribute("aria-expanded")).isEqualTo("false");
    }

    private String activeInWidget() {
        Object id = ((JavascriptExecutor) driver).executeScript(
                "const h = document.querySelector('workinnl-widget');"
                        + "return h && document.activeElement === h && h.shadowRoot.activeElement ? h.shadowRoot.activeElement.id : '';");
        return id == null ? "" : id.toString();
    }

    @Test
    void theOpenPanelsLauncherIsItsCloseButton() {
        driver.get(base() + "/");
        WebElement launcher = page.inWidget("#launcher");
        assertThat(launcher.getText()).isEqualTo("Stel een vraag");
        launcher.click();
        page.inWidget("#input");
        new WebDriverWait(driver, WAIT).until(d -> "Sluiten".equals(page.inWidget("#launcher").getText()));
        page.inWidget("#launcher").click();
        new WebDriverWait(driver, WAIT).until(d -> !page.widget().findElement(By.cssSelector("#panel")).isDisplayed());
        assertThat(page.inWidget("#launcher").getText()).isEqualTo("Stel een vraag");
        assertThat(page.inWidget("#launcher").getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void markupTypedByTheUserIsShownAsTextAndRunsNothing() {
        openDemo();
        String evil = "<img src=x onerror=alert(1)>";
        page.ask(evil);
        assertThat(page.allInWidget(".msg--user .text")).extracting(WebElement::getText).contains(evil);
        assertThat(page.allInWidget("img")).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void theDemoPageWithTheWidgetOpenAndAMeasurePageHaveNoSeriousAccessibilityViolations() throws Exception {
        openDemo();
        page.ask("Waar vraag ik een DigiD aan?");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
        driver.get(base() + "/ro/measures/huisvesting-7");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
        driver.get(base() + "/bg/measures");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }

    @Test
    void theWidgetStaysIntactOnAHostilePageUnderAStrictCsp() throws Exception {
        String service = "http://127.0.0.1:" + port;
        HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String csp = "default-src 'none'; script-src " + service + "; style-src 'self' " + service + "; connect-src " + service;
        host.createContext("/hostile.css", ex -> {
            byte[] css = "* { all: unset !important; } html { font-size: 40px !important; } div, section, button { font-size: 3em !important; }"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/css");
            ex.sendResponseHeaders(200, css.length);
            ex.getResponseBody().write(css);
            ex.close();
        });
        host.createContext("/", ex -> {
            byte[] html = ("<!DOCTYPE html><html lang=\"pl\"><head><title>Host</title><link rel=\"stylesheet\" href=\"/hostile.css\">"
                    + "</head><body><h1>Strona pracodawcy</h1><script src=\"" + service + "/widget.js\" async></script></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.getResponseHeaders().add("Content-Security-Policy", csp);
            ex.sendResponseHeaders(200, html.length);
            ex.getResponseBody().write(html);
            ex.close();
        });
        host.start();
        try {
            driver.get("http://127.0.0.1:" + host.getAddress().getPort() + "/");
            WebElement launcher = page.inWidget("#launcher");
            assertThat(launcher.getSize().getHeight()).isBetween(24, 120);
            assertThat(launcher.getText()).isEqualTo("Zadaj pytanie");
            launcher.click();
            WebElement answer = page.ask("Czy pracodawca może potrącać czynsz z mojej wypłaty?");
            assertThat(answer.findElements(By.cssSelector("a.cite-link"))).isNotEmpty();
            String fontSize = (String) ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector('workinnl-widget').shadowRoot.querySelector('#input')).fontSize");
            assertThat(Double.parseDouble(fontSize.replace("px", ""))).isBetween(12.0, 24.0);
        } finally {
            host.stop(0);
        }
    }

    @Test
    void theWidgetsScriptAndStylesheetStayUnder15KilobytesGzipped() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(Files.readAllBytes(Path.of("src/main/resources/static/widget.js")));
            gz.write(Files.readAllBytes(Path.of("src/main/resources/static/widget.css")));
        }
        System.out.printf("widget.js and widget.css gzipped: %,d bytes (%.1f KB)%n", zipped.size(), zipped.size() / 1024.0);
        assertThat(zipped.size()).isLessThan(15 * 1024);
    }
}
