package nl.workinnl.assistant.measures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The read-only API over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasureApiTest {

    @LocalServerPort
    int port;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> {})
                .build();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record M(String id, String theme, String title, String status, String statusLabel, String statusDate, String url) {}

    @Test
    void listsAll41MeasuresWithTheirStatuses() {
        List<M> all = http().get().uri("/api/v1/measures").retrieve().body(new ParameterizedTypeReference<List<M>>() {});
        assertThat(all).hasSize(41);
        M werk4 = all.stream().filter(m -> m.id().equals("werk-4")).findFirst().orElseThrow();
        assertThat(werk4.status()).isEqualTo("VERTRAAGD");
        assertThat(werk4.statusLabel()).isEqualTo("In uitvoering, vertraagd");
        assertThat(werk4.statusDate()).isEqualTo("2025-11");
        assertThat(werk4.url()).isEqualTo("/nl/measures/werk-4");
    }

    @Test
    void filtersByThemeAndStatus() {
        List<M> delayed = http().get().uri("/api/v1/measures?status=VERTRAAGD").retrieve()
                .body(new ParameterizedTypeReference<List<M>>() {});
        assertThat(delayed).extracting(M::id)
                .containsExactly("werk-4", "werk-5", "registratie-5", "huisvesting-2", "huisvesting-7");
        List<M> housingDone = http().get().uri("/api/v1/measures?theme=huisvesting&status=afgerond").retrieve()
                .body(new ParameterizedTypeReference<List<M>>() {});
        assertThat(housingDone).extracting(M::id).containsExactly("huisvesting-1", "huisvesting-4");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMeasureCarriesItsStatusPerEdition() {
        Map<String, Object> pl = http().get().uri("/api/v1/measures/huisvesting-7?lang=pl").retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        List<Map<String, Object>> history = (List<Map<String, Object>>) pl.get("history");
        assertThat(history).hasSize(1);
        assertThat(history.getFirst()).containsEntry("edition", "2025-11").containsEntry("status", "VERTRAAGD")
                .containsEntry("statusLabel", pl.get("statusLabel"));
    }

    @Test
    void oneMeasureInFull() {
        ResponseEntity<Map<String, Object>> res = http().get().uri("/api/v1/measures/registratie-2b").retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        assertThat(res.getStatusCode().value()).isEqualTo(200);
        assertThat(res.getBody()).containsEntry("title", "Kwaliteitsmaatregelen RNI: voorinschrijving niet-ingezetenen")
                .containsEntry("status", "AFGEROND").containsKeys("summary", "forYou", "officialText", "keyFacts", "source");
    }

    @Test
    void aMeasureInPolishHasItsTranslatedFieldsAndStatusLabel() {
        ResponseEntity<Map<String, Object>> res = http().get().uri("/api/v1/measures/huisvesting-7?lang=pl").retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        assertThat(res.getBody()).containsEntry("language", "pl").containsEntry("translated", true)
                .containsEntry("status", "VERTRAAGD").containsEntry("url", "/pl/measures/huisvesting-7");
        assertThat((String) res.getBody().get("statusLabel")).isNotEqualTo("In uitvoering, vertraagd").isNotBlank();
        assertThat((String) res.getBody().get("officialText")).startsWith("De minister van VRO");
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
        assertThat(themes).extracting(t -> t.get("id"))
                .containsExactly("beleid", "werk", "registratie", "huisvesting", "zorg", "handhaving", "informatie");
        assertThat(themes).extracting(t -> ((Number) t.get("measures")).intValue()).containsExactly(2, 6, 10, 7, 5, 7, 4);
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
        assertThat(overview).containsEntry("total", 41).containsEntry("statusDate", "2025-11");
        List<Map<String, Object>> statuses = (List<Map<String, Object>>) overview.get("statuses");
        assertThat(statuses).extracting(s -> ((Number) s.get("count")).intValue()).containsExactly(9, 8, 17, 5, 1, 1);
        List<Map<String, Object>> themes = (List<Map<String, Object>>) overview.get("themes");
        Map<String, Object> registratie = themes.get(2);
        assertThat(registratie).containsEntry("theme", "registratie").containsEntry("total", 10);
        assertThat((Map<String, Object>) registratie.get("statuses"))
                .containsEntry("AFGEROND", 3).containsEntry("IN_UITVOERING", 6).containsEntry("VERTRAAGD", 1);
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
