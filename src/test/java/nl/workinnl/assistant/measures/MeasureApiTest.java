package nl.workinnl.assistant.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The read-only API over real HTTP. What it must return is taken from the data the service loaded,
 * not written down here, so that a new edition with other statuses and figures does not break it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasureApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CurrentKnowledge knowledge;

    private Translations translations() {
        return knowledge.get().translations();
    }

    private Corpus corpus() {
        return knowledge.get().corpus();
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> {})
                .build();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record M(String id, String theme, String title, String status, String statusLabel, String statusDate, String url) {}

    @Test
    void listsAllMeasuresInTheOverviewsOrderWithTheirStatuses() {
        List<M> all = http().get().uri("/api/v1/measures").retrieve().body(new ParameterizedTypeReference<List<M>>() {});
        assertThat(all).extracting(M::id).containsExactlyElementsOf(corpus().measures().stream().map(Measure::id).toList());
        for (Measure m : corpus().measures()) {
            assertThat(all).as(m.id()).contains(new M(m.id(), m.theme(), m.title(), m.status().name(),
                    corpus().statusLabel(m.status()), m.statusDate(), "/nl/measures/" + m.id()));
        }
    }

    @Test
    void filtersByThemeAndStatus() {
        for (Status status : Status.values()) {
            List<M> found = http().get().uri("/api/v1/measures?status=" + status).retrieve()
                    .body(new ParameterizedTypeReference<List<M>>() {});
            assertThat(found).as(status.name()).extracting(M::id)
                    .containsExactlyElementsOf(corpus().measures().stream().filter(m -> m.status() == status).map(Measure::id).toList());
            for (Theme theme : corpus().themes()) {
                // In lower case, as people type it: the filter is not case-sensitive.
                List<M> inTheme = http().get().uri("/api/v1/measures?theme=" + theme.id() + "&status=" + status.name().toLowerCase(Locale.ROOT))
                        .retrieve().body(new ParameterizedTypeReference<List<M>>() {});
                assertThat(inTheme).as(theme.id() + " " + status).extracting(M::id).containsExactlyElementsOf(corpus().measures().stream()
                        .filter(m -> m.status() == status && m.theme().equals(theme.id())).map(Measure::id).toList());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMeasureCarriesItsStatusPerEdition() {
        Measure measure = corpus().measure("huisvesting-7").orElseThrow();
        Map<String, Object> pl = http().get().uri("/api/v1/measures/huisvesting-7?lang=pl").retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        List<Map<String, Object>> history = (List<Map<String, Object>>) pl.get("history");
        assertThat(history).containsExactlyElementsOf(measure.history().stream().map(h -> Map.<String, Object>of(
                "edition", h.edition(), "status", h.status().name(), "statusLabel", translations().statusLabel(h.status(), Language.PL))).toList());
        assertThat(history.getLast()).containsEntry("edition", pl.get("statusDate")).containsEntry("status", pl.get("status"))
                .containsEntry("statusLabel", pl.get("statusLabel"));
    }

    @Test
    void oneMeasureInFull() {
        Measure m = corpus().measure("registratie-2b").orElseThrow();
        ResponseEntity<Map<String, Object>> res = http().get().uri("/api/v1/measures/registratie-2b").retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        assertThat(res.getStatusCode().value()).isEqualTo(200);
        assertThat(res.getBody()).containsEntry("title", m.title())
                .containsEntry("status", m.status().name()).containsKeys("summary", "forYou", "officialText", "keyFacts", "source");
    }

    @Test
    void aMeasureInPolishHasItsTranslatedFieldsAndStatusLabel() {
        Measure m = corpus().measure("huisvesting-7").orElseThrow();
        Status status = m.status();
        ResponseEntity<Map<String, Object>> res = http().get().uri("/api/v1/measures/huisvesting-7?lang=pl").retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        assertThat(res.getBody()).containsEntry("language", "pl").containsEntry("translated", true)
                .containsEntry("status", status.name()).containsEntry("url", "/pl/measures/huisvesting-7");
        assertThat((String) res.getBody().get("statusLabel")).isNotEqualTo(corpus().statusLabel(status)).isNotBlank();
        // The overview's own words: never translated.
        assertThat(res.getBody()).containsEntry("officialText", m.officialText());
    }

    @Test
    void anUnknownLanguageIsA400() {
        ResponseEntity<Map<String, Object>> res = http().get().uri("/api/v1/measures?lang=de").retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        assertThat(res.getStatusCode().value()).isEqualTo(400);
        assertThat((String) res.getBody().get("error")).contains("Unknown language 'de'").contains("nl, pl, ro, bg, en");
    }

    @Test
    void anUnknownIdIsA404WithAJsonError() {
        ResponseEntity<Map<String, Object>> res = http().get().uri("/api/v1/measures/werk-99").retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        assertThat(res.getStatusCode().value()).isEqualTo(404);
        assertThat(res.getBody()).containsEntry("error", "No measure with id 'werk-99'.");
    }

    @Test
    void anUnknownFilterValueIsA400ThatSaysWhatIsKnown() {
        ResponseEntity<Map<String, Object>> res = http().get().uri("/api/v1/measures?status=KLAAR").retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        assertThat(res.getStatusCode().value()).isEqualTo(400);
        assertThat((String) res.getBody().get("error")).contains("Unknown status 'KLAAR'").contains("VERTRAAGD");
        res = http().get().uri("/api/v1/measures?theme=wonen").retrieve().toEntity(new ParameterizedTypeReference<>() {});
        assertThat(res.getStatusCode().value()).isEqualTo(400);
        assertThat((String) res.getBody().get("error")).contains("Unknown theme 'wonen'").contains("huisvesting");
    }

    @Test
    void themesWithTheirCounts() {
        List<Map<String, Object>> themes = http().get().uri("/api/v1/themes").retrieve()
                .body(new ParameterizedTypeReference<>() {});
        assertThat(themes).extracting(t -> t.get("id"), t -> ((Number) t.get("measures")).longValue())
                .containsExactlyElementsOf(corpus().themes().stream().map(t -> tuple(t.id(),
                        corpus().measures().stream().filter(m -> m.theme().equals(t.id())).count())).toList());
    }

    /** Issue 11: the intro is the overview's Dutch in every language, and says so. */
    @Test
    void aThemesIntroIsMarkedAsTheDutchOriginal() {
        List<Map<String, Object>> themes = http().get().uri("/api/v1/themes?lang=pl").retrieve()
                .body(new ParameterizedTypeReference<>() {});
        assertThat(themes).allSatisfy(t -> {
            assertThat(t).containsEntry("language", "pl").containsEntry("translated", true).containsEntry("introLanguage", "nl");
            assertThat((String) t.get("intro")).isNotBlank();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewIsTheDashboard() {
        Map<String, Object> overview = http().get().uri("/api/v1/overview").retrieve()
                .body(new ParameterizedTypeReference<>() {});
        List<Measure> measures = corpus().measures();
        assertThat(overview).containsEntry("total", measures.size()).containsEntry("statusDate", corpus().catalogue().statusDate());
        List<Map<String, Object>> statuses = (List<Map<String, Object>>) overview.get("statuses");
        // Counted here from the measures themselves: the dashboard must be what the measure files say.
        assertThat(statuses).extracting(s -> s.get("status"), s -> ((Number) s.get("count")).longValue())
                .containsExactlyElementsOf(corpus().catalogue().statuses().stream().map(s -> tuple(
                        s.code().name(), measures.stream().filter(m -> m.status() == s.code()).count())).toList());
        List<Map<String, Object>> themes = (List<Map<String, Object>>) overview.get("themes");
        assertThat(themes).extracting(t -> t.get("theme")).containsExactlyElementsOf(corpus().themes().stream().map(Theme::id).toList());
        for (Map<String, Object> theme : themes) {
            List<Measure> inTheme = measures.stream().filter(m -> m.theme().equals(theme.get("theme"))).toList();
            Map<String, Object> perStatus = new LinkedHashMap<>();
            corpus().catalogue().statuses().forEach(s -> perStatus.put(s.code().name(),
                    (int) inTheme.stream().filter(m -> m.status() == s.code()).count()));
            assertThat(theme).as((String) theme.get("theme")).containsEntry("total", inTheme.size());
            assertThat((Map<String, Object>) theme.get("statuses")).as((String) theme.get("theme")).isEqualTo(perStatus);
        }
    }

    @LocalManagementPort
    int managementPort;

    /** The actuator answers on the management port only; the public port has the probes a load balancer needs. */
    @Test
    void healthAndInfoOnTheManagementPortProbesOnThePublicOne() {
        RestClient management = RestClient.create("http://127.0.0.1:" + managementPort);
        ResponseEntity<Map<String, Object>> health = management.get().uri("/actuator/health").retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        assertThat(health.getBody()).containsEntry("status", "UP");
        ResponseEntity<Map<String, Object>> info = management.get().uri("/actuator/info").retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        assertThat(info.getStatusCode().value()).isEqualTo(200);
        assertThat(http().get().uri("/readyz").retrieve().body(String.class)).contains("UP");
        assertThat(http().get().uri("/livez").retrieve().body(String.class)).contains("UP");
        assertThat(http().get().uri("/actuator/health").exchange((request, response) -> (Integer) response.getStatusCode().value()).intValue())
                .isEqualTo(404);
    }
}
