package nl.workinnl.assistant.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.testing.Months;
import nl.workinnl.assistant.widget.Axe;
import nl.workinnl.assistant.widget.Browser;
import nl.workinnl.assistant.widget.BrowserRequired;
import nl.workinnl.assistant.widget.Screens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The overview and a measure page on a 390 x 844 phone screen in a real headless Chromium: the
 * chart fits the screen with labels of at least 12 px, a count in each segment and beside each bar,
 * segments told apart by their pattern as well as their colour (the legend shows the same
 * patterns); the table needs no sideways scrolling; jump links; the launcher leaves the end of the
 * page readable; printing leaves out the header, the launcher and the jump links; axe-core finds no
 * serious violations. Screenshots go to target/screenshots/.
 */
@ExtendWith(BrowserRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesPhoneTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static ChromeDriver driver;

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

    @BeforeEach
    void phone() {
        Screens.print(driver, false);
        Screens.phone(driver, 390, 844);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        // The widget's launcher is in place: the page is laid out as a reader sees it.
        new WebDriverWait(driver, WAIT).until(d -> js("""
                const h = document.querySelector('workinnl-widget');
                return !!(h && h.shadowRoot && h.shadowRoot.querySelector('#launcher'));"""));
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void theChartFitsThePhoneWithLabelsOfAtLeast12PxAndTheCountsWrittenBesideEachBar() throws Exception {
        open("/bg/measures");
        assertThat(number(js("return document.documentElement.scrollWidth"))).as("no sideways scrolling of the page")
                .isLessThanOrEqualTo(390);
        assertThat(number(js("const f = document.querySelector('figure.chart'); return f.scrollWidth - f.clientWidth")))
                .as("the chart fits without sideways scrolling").isLessThanOrEqualTo(0);

        List<Map<String, Object>> texts = js("""
                const svg = document.querySelector('figure.chart svg').getBoundingClientRect();
                return [...document.querySelectorAll('figure.chart svg text')].map(t => {
                  const r = t.getBoundingClientRect();
                  return {text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
                          inside: r.left >= svg.left - 0.5 && r.right <= svg.right + 0.5};
                });""");
        assertThat(texts).hasSizeGreaterThan(7 * 2);
        for (Map<String, Object> t : texts) {
            assertThat(number(t.get("px"))).as("size of '" + t.get("text") + "' on screen").isGreaterThanOrEqualTo(12);
            assertThat(t.get("inside")).as("'" + t.get("text") + "' is not cut off").isEqualTo(true);
        }

        List<Map<String, Object>> bars = js("""
                return [...document.querySelectorAll('figure.chart svg .bar')].map(b => {
                  const segs = [...b.querySelectorAll('rect.seg')].map(s => s.getBoundingClientRect());
                  const counts = [...b.querySelectorAll('.seg-count')];
                  const total = b.querySelector('.chart-total');
                  return {
                    sum: counts.reduce((n, c) => n + Number(c.textContent), 0),
                    total: Number(total.textContent),
                    beside: total.getBoundingClientRect().left >= Math.max(...segs.map(s => s.right)),
                    countsInSegments: counts.every((c, i) => {
                      const r = c.getBoundingClientRect();
                      return r.left >= segs[i].left - 0.5 && r.right <= segs[i].right + 0.5;
                    }),
                  };
                });""");
        assertThat(bars).hasSize(7);
        for (Map<String, Object> bar : bars) {
            assertThat(bar.get("total")).as("the count beside the bar is its total").isEqualTo(bar.get("sum"));
            assertThat(bar.get("beside")).as("the total is written beside the bar").isEqualTo(true);
            assertThat(bar.get("countsInSegments")).as("each segment's count is written in it").isEqualTo(true);
        }
        ((JavascriptExecutor) driver).executeScript("document.querySelector('figure.chart').scrollIntoView()");
        Screens.screenshot(driver, "phone-overview-chart");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }

    @Test
    void theChartsSegmentsDifferWithoutColourAndTheLegendShowsTheSamePatterns() {
        open("/nl/measures");
        // Each status's segments are covered by a pattern of their own, drawn in shapes that differ
        // (colours taken out of the comparison); the legend's swatch for a status uses that pattern.
        Map<String, Object> found = js("""
                const statuses = [...new Set([...document.querySelectorAll('figure.chart rect.seg')]
                    .map(r => [...r.classList].find(c => c.startsWith('seg--')).slice(5)))];
                const shape = id => {
                  const p = document.getElementById(id);
                  if (!p) return null;
                  const c = p.cloneNode(true);
                  c.querySelectorAll('*').forEach(e => ['fill', 'stroke', 'class', 'style'].forEach(a => e.removeAttribute(a)));
                  return c.innerHTML.trim();
                };
                const patterns = {};
                const everySegmentPatterned = {};
                const legend = {};
                for (const s of statuses) {
                  const segs = document.querySelectorAll('figure.chart rect.seg--' + s);
                  const hatches = document.querySelectorAll('figure.chart rect.hatch--' + s);
                  everySegmentPatterned[s] = segs.length === hatches.length
                      && [...hatches].every(h => h.getAttribute('fill') === 'url(#hatch-' + s + ')');
                  patterns[s] = shape('hatch-' + s);
                  const swatch = document.querySelector('.legend [data-status="' + s + '"] svg rect[fill="url(#hatch-' + s + ')"]');
                  legend[s] = !!swatch && !!document.querySelector('.legend [data-status="' + s + '"] svg rect.seg--' + s);
                }
                return {statuses, patterns, everySegmentPatterned, legend};""");
        List<String> statuses = (List<String>) found.get("statuses");
        assertThat(statuses).hasSize(6);
        Map<String, Object> patterns = (Map<String, Object>) found.get("patterns");
        assertThat(patterns.values()).as("a pattern for each status").doesNotContainNull();
        assertThat(patterns.values().stream().distinct().count()).as("no two statuses share a pattern").isEqualTo(statuses.size());
        assertThat((Map<String, Object>) found.get("everySegmentPatterned")).as("every segment carries its status's pattern")
                .allSatisfy((status, ok) -> assertThat(ok).as(status).isEqualTo(true));
        assertThat((Map<String, Object>) found.get("legend")).as("the legend shows each status's colour and pattern")
                .allSatisfy((status, ok) -> assertThat(ok).as(status).isEqualTo(true));
    }

    @Test
    void theTableReadsOnAPhoneWithoutScrollingSideways() throws Exception {
        open("/bg/measures");
        WebElement table = driver.findElement(By.cssSelector("table.chart-data"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", table);
        assertThat(number(js("return arguments[0].getBoundingClientRect().right", table))).isLessThanOrEqualTo(390);
        assertThat(number(js("return arguments[0].scrollWidth - arguments[0].clientWidth", table))).isLessThanOrEqualTo(0);
        assertThat(number(js("const s = document.querySelector('.table-scroll'); return s.scrollWidth - s.clientWidth")))
                .isLessThanOrEqualTo(0);
        // Each figure is read with its status beside it, without looking up to a column header.
        List<String> headers = js("return [...document.querySelectorAll('table.chart-data thead th')].slice(1).map(th => th.textContent.trim())");
        List<List<String>> rows = js("""
                return [...document.querySelectorAll('table.chart-data tbody tr')]
                    .map(tr => [...tr.querySelectorAll('td')].map(td => td.innerText.replace(/\\s+/g, ' ').trim()));""");
        assertThat(rows).hasSize(7);
        for (List<String> cells : rows) {
            assertThat(cells).hasSameSizeAs(headers);
            for (int i = 0; i < cells.size(); i++) {
                assertThat(cells.get(i)).as("cell of " + headers.get(i)).startsWith(headers.get(i)).matches(".*\\d$");
            }
        }
        Screens.screenshot(driver, "phone-overview-table");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }

    @Test
    void jumpLinksLeadToEachTheme() {
        open("/pl/measures");
        WebElement jump = driver.findElement(By.cssSelector(".jump a[href='#huisvesting']"));
        assertThat(jump.getRect().getHeight()).as("a tap target of at least 44 px").isGreaterThanOrEqualTo(44);
        jump.click();
        new WebDriverWait(driver, WAIT).until(d -> {
            double top = number(js("return document.getElementById('huisvesting').getBoundingClientRect().top"));
            return top > -2 && top < 120;
        });
    }

    @Test
    void theLauncherLeavesTheEndOfThePageReadable() throws Exception {
        open("/ro/measures/huisvesting-7");
        js("window.scrollTo(0, document.documentElement.scrollHeight)");
        List<String> covered = js("""
                const l = document.querySelector('workinnl-widget').shadowRoot.querySelector('#launcher').getBoundingClientRect();
                const hit = r => r.width > 0 && r.left < l.right && r.right > l.left && r.top < l.bottom && r.bottom > l.top;
                const lines = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  if (!n.textContent.trim() || n.parentElement.closest('workinnl-widget, script')) continue;
                  const range = document.createRange();
                  range.selectNodeContents(n);
                  if ([...range.getClientRects()].some(hit)) lines.push(n.textContent.trim());
                }
                return lines;""");
        Screens.screenshot(driver, "phone-measure-end");
        assertThat(covered).as("text under the launcher at the end of the page").isEmpty();
    }

    @Test
    void aPrintedOverviewHasNoHeaderLauncherOrJumpLinks() throws Exception {
        open("/en/measures");
        Screens.print(driver, true);
        try {
            assertThat(driver.findElement(By.cssSelector("header.site")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("workinnl-widget")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".jump")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("figure.chart svg")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
            Screens.screenshot(driver, "print-overview");
        } finally {
            Screens.print(driver, false);
        }
    }

    @Test
    void aMeasurePageOnAPhoneShowsItsStatusOnceAndPassesAxe() throws Exception {
        open("/pl/measures/huisvesting-7");
        String label = driver.findElement(By.cssSelector("p.status .badge")).getText();
        String status = driver.findElement(By.cssSelector("p.status")).getText();
        assertThat(status.split(java.util.regex.Pattern.quote(label), -1)).as("the status is written once").hasSize(2);
        assertThat(status).contains(Months.inWords("pl", knowledge.get().corpus().measure("huisvesting-7").orElseThrow().statusDate()));
        assertThat(number(js("return document.documentElement.scrollWidth"))).isLessThanOrEqualTo(390);
        Screens.screenshot(driver, "phone-measure");
        assertThat(Axe.seriousViolations(driver)).isEmpty();
    }
}
