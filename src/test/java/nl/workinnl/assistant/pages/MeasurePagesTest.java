package nl.workinnl.assistant.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.testing.Months;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every measure has a page in every language, and the overview shows the dashboard. Statuses, dates
 * and counts are taken from the data the service loaded, so that a new edition does not break it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasurePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    CurrentKnowledge knowledge;

    private Corpus corpus() {
        return knowledge.get().corpus();
    }

    private Measure measure(String id) {
        return corpus().measure(id).orElseThrow();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "pl", "ro", "bg", "en"})
    void everyMeasurePageExistsInEveryLanguage(String lang) throws Exception {
        for (String id : new String[] {"beleid-1", "werk-4", "registratie-2a", "huisvesting-7", "zorg-3", "handhaving-7", "informatie-4"}) {
            HttpResponse<String> res = get("/" + lang + "/measures/" + id);
            assertThat(res.statusCode()).as(lang + " " + id).isEqualTo(200);
            assertThat(res.body()).contains("lang=\"" + lang + "\"").contains("badge--" + measure(id).status())
                    .contains(measure(id).statusDate().substring(0, 4));
        }
    }

    @Test
    void aMeasurePageShowsStatusSummaryOfficialTextRelatedAndSource() throws Exception {
        Measure m = measure("huisvesting-7");
        String html = get("/en/measures/huisvesting-7").body();
        // The official text's first words, up to the first character HTML might write otherwise.
        Matcher opening = Pattern.compile("^[\\p{L}\\p{N} ,.]{1,60}").matcher(m.officialText());
        assertThat(opening.find()).as("huisvesting-7's official text starts with words").isTrue();
        assertThat(html).contains("badge badge--" + m.status()).contains(Months.inWords("en", m.statusDate()))
                .contains(opening.group().strip())
                .contains("Monitoringsoverzicht");
        assertThat(m.related()).isNotEmpty();
        m.related().forEach(r -> assertThat(html).contains("href=\"/en/measures/" + r + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "pl", "ro", "bg", "en"})
    void aMeasurePageListsItsStatusPerEditionInTheLanguage(String lang) throws Exception {
        String html = get("/" + lang + "/measures/huisvesting-7").body();
        String heading = switch (lang) {
            case "nl" -> "Status per editie van het monitoringsoverzicht";
            case "pl" -> "Status w kolejnych wydaniach przeglądu monitorującego";
            case "ro" -> "Statusul în fiecare ediție a raportului de monitorizare";
            case "bg" -> "Статус във всяко издание на мониторинговия преглед";
            default -> "Status in each edition of the monitoring overview";
        };
        StringBuilder entries = new StringBuilder();
        for (var h : measure("huisvesting-7").history()) {
            String label = knowledge.get().translations().statusLabel(h.status(), Language.fromCode(lang).orElseThrow());
            // Bulgarian writes "г." after the year, with a narrow no-break space before it.
            entries.append("<li>").append(Pattern.quote(Months.inWords(lang, h.edition())))
                    .append(lang.equals("bg") ? "\\h?г\\." : "").append(Pattern.quote(": " + label)).append("</li>");
        }
        assertThat(html).contains("<h2>" + heading + "</h2>");
        assertThat(html).containsPattern("<ul class=\"history\">" + entries + "</ul>");
    }

    @Test
    void theOverviewDrawsTheDashboardAndListsAllMeasures() throws Exception {
        String html = get("/nl/measures").body();
        int total = corpus().measures().size();
        assertThat(html).contains("<svg").contains("Totaal: " + total);
        corpus().measures().stream().map(Measure::status).distinct().forEach(s -> assertThat(html).contains("seg--" + s));
        assertThat(html.split("href=\"/nl/measures/").length - 1).isEqualTo(total);
    }

    @Test
    void userTextIsNeverRenderedAsHtml() throws Exception {
        assertThat(get("/nl/measures/%3Cscript%3E").statusCode()).isEqualTo(404);
        assertThat(get("/xx/measures").statusCode()).isEqualTo(404);
    }

    @Test
    void theDemoPageEmbedsTheWidgetWithOneTag() throws Exception {
        String html = get("/").body();
        assertThat(html).contains("<script src=\"/widget.js\" data-lang=\"nl\" async></script>");
    }

    @Test
    void theOverviewWritesTheCountsInTheChartAndLinksToEachTheme() throws Exception {
        String body = get("/en/measures").body();
        // Theme by theme, each status the theme's measures have, with how many have it.
        List<String> expected = new ArrayList<>();
        for (Theme theme : corpus().themes()) {
            corpus().catalogue().statuses().forEach(s -> {
                long count = corpus().measures().stream().filter(m -> m.theme().equals(theme.id()) && m.status() == s.code()).count();
                if (count > 0) {
                    expected.add(s.code() + " " + count);
                }
            });
        }
        List<String> written = new ArrayList<>();
        Matcher counts = Pattern.compile("class=\"seg-count seg-count--(\\w+)\"[^>]*>(\\d+)</text>").matcher(body);
        while (counts.find()) {
            written.add(counts.group(1) + " " + counts.group(2));
        }
        assertThat(written).containsExactlyElementsOf(expected);
        assertThat(body).contains("class=\"jump\"").contains("href=\"#huisvesting\"");
    }
}
