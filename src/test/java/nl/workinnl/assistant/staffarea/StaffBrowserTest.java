package nl.workinnl.assistant.staffarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.widget.Axe;
import nl.workinnl.assistant.widget.Browser;
import nl.workinnl.assistant.widget.BrowserRequired;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A staff member in a real headless Chromium: logs in, filters the measures, exports them, and every page passes axe-core. */
@ExtendWith(BrowserRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffBrowserTest {

    static final String PASSWORD = "a browser's long password";
    private static ChromeDriver driver;

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        StaffUsers.add(registry, 0, "erika", PASSWORD, "EDITOR");
    }

    @LocalServerPort
    int port;

    @Autowired
    CurrentKnowledge knowledge;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void logsInFiltersExportsAndPassesAxe() throws Exception {
        String base = "http://localhost:" + port;
        driver.get(base + "/staff/measures");
        assertThat(driver.getCurrentUrl()).endsWith("/staff/login");
        assertThat(Axe.seriousViolations(driver)).isEmpty();

        driver.findElement(By.id("username")).sendKeys("erika");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form.staff-login button[type=submit]")).click();
        // The login (a bcrypt check) and the redirect take their time: waited for, not assumed.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/staff/measures") || d.getCurrentUrl().contains("error"));
        assertThat(driver.getCurrentUrl()).contains("/staff/measures");

        // A status the housing theme has in the loaded data (its first measure's), so that the filter has something to show.
        List<Measure> housing = knowledge.get().corpus().measures().stream().filter(m -> m.theme().equals("huisvesting")).toList();
        Status status = housing.getFirst().status();
        new Select(driver.findElement(By.id("theme"))).selectByValue("huisvesting");
        new Select(driver.findElement(By.id("status"))).selectByValue(status.name());
        new Select(driver.findElement(By.id("lang"))).selectByValue("pl");
        driver.findElement(By.cssSelector("form.staff-filter button[type=submit]")).click();
        // The filtered page is a new navigation: waited for, as the login's redirect ("?continue") may still be the current URL.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("theme="));
        assertThat(driver.getCurrentUrl()).contains("theme=huisvesting").contains("status=" + status).contains("lang=pl");
        List<String> shown = driver.findElements(By.cssSelector("tr[data-id]")).stream().map(r -> r.getAttribute("data-id")).toList();
        assertThat(shown).isNotEmpty().containsExactlyElementsOf(housing.stream().filter(m -> m.status() == status).map(Measure::id).toList());
        assertThat(Axe.seriousViolations(driver)).isEmpty();

        // The export link, fetched with the page's own session: the same measures, in the same order (WebDriver hands the text back with \n line ends).
        WebElement export = driver.findElement(By.cssSelector("a.staff-export"));
        String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                export.getAttribute("href"));
        assertThat(StaffToolsTest.records(csv).stream().map(List::getFirst).toList()).as(csv).isEqualTo(shown);

        for (String page : List.of("/staff", "/staff/questions", "/staff/ask")) {
            driver.get(base + page);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(Axe.seriousViolations(driver)).as(page).isEmpty();
        }
    }
}
