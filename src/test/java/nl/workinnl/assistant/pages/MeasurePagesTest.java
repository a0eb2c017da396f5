package nl.workinnl.assistant.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every measure has a page in every language, and the overview shows the dashboard. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasurePagesTest {

    @LocalServerPort
    int port;

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
            assertThat(res.body()).contains("lang=\"" + lang + "\"").contains("badge--").contains("2025");
        }
    }

    @Test
    void aMeasurePageShowsStatusSummaryOfficialTextRelatedAndSource() throws Exception {
        String html = get("/en/measures/huisvesting-7").body();
        assertThat(html).contains("badge badge--VERTRAAGD").contains("November 2025")
                .contains("De minister van VRO werkt aan een wetsvoorstel")
                .contains("href=\"/en/measures/huisvesting-1\"")
                .contains("Monitoringsoverzicht");
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
        String entry = switch (lang) {
            case "nl" -> "november 2025: In uitvoering, vertraagd";
            case "en" -> "November 2025: In progress, delayed";
            case "bg" -> "г.: В изпълнение, със закъснение"; // ICU puts a narrow no-break space before "г."
            default -> "2025: ";
        };
        assertThat(html).contains("<h2>" + heading + "</h2>");
        assertThat(html).containsPattern("<ul class=\"history\"><li>[^<]*" + java.util.regex.Pattern.quote(entry) + "[^<]*</li></ul>");
    }

    @Test
    void theOverviewDrawsTheDashboardAndListsAllMeasures() throws Exception {
        String html = get("/nl/measures").body();
        assertThat(html).contains("<svg").contains("seg--VERTRAAGD").contains("Totaal: 41");
        assertThat(html.split("href=\"/nl/measures/").length - 1).isEqualTo(41);
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
        assertThat(body).containsPattern("class=\"seg-count seg-count--VERTRAAGD\"[^>]*>2</text>");
        assertThat(body).contains("class=\"jump\"").contains("href=\"#huisvesting\"");
    }
}
