package nl.workinnl.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** {@code POST /api/v1/ask} over real HTTP: the contract, and clear 4xx errors for bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AskApiTest {

    @LocalServerPort
    int port;

    private ResponseEntity<Map<String, Object>> post(String body, MediaType type) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> {})
                .build().post().uri("/api/v1/ask").contentType(type).body(body).retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
    }

    private ResponseEntity<Map<String, Object>> ask(String json) {
        return post(json, MediaType.APPLICATION_JSON);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPolishQuestionGetsAPolishAnswerCitingTheMeasureWithStatusAndDate() {
        var res = ask("{\"text\": \"Gdzie mogę dostać DigiD?\"}");
        assertThat(res.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> body = res.getBody();
        assertThat(body).containsEntry("language", "pl").containsEntry("answered", true);
        List<Map<String, Object>> citations = (List<Map<String, Object>>) body.get("citations");
        assertThat(citations).isNotEmpty();
        Map<String, Object> first = citations.getFirst();
        assertThat(first).containsEntry("id", "informatie-3").containsEntry("theme", "informatie")
                .containsEntry("status", "IN_UITVOERING").containsEntry("statusDate", "2025-11")
                .containsEntry("url", "/pl/measures/informatie-3");
        assertThat((String) first.get("statusLabel")).isEqualTo("W realizacji");
        assertThat((String) body.get("text")).contains("W realizacji").contains("listopad 2025").contains("/pl/measures/informatie-3");
    }

    @Test
    void theLanguageHintDecidesOnlyWhereTheTextDoesNot() {
        assertThat(ask("{\"text\": \"DigiD\", \"language\": \"ro\"}").getBody()).containsEntry("language", "ro");
        assertThat(ask("{\"text\": \"Waar kan ik een DigiD aanvragen als ik niet in Nederland woon?\", \"language\": \"ro\"}").getBody())
                .containsEntry("language", "nl");
    }

    @Test
    void aGreetingIsAnsweredWithoutCitations() {
        var body = ask("{\"text\": \"Здравейте!\"}").getBody();
        assertThat(body).containsEntry("language", "bg").containsEntry("answered", false).containsEntry("citations", List.of());
        assertThat((String) body.get("text")).isNotBlank();
    }

    @Test
    void aStaffListHoldsExactlyTheMatchingMeasures() {
        var body = ask("{\"text\": \"Welke maatregelen zijn vertraagd?\"}").getBody();
        assertThat(body).containsEntry("answered", true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>) body.get("citations");
        assertThat(citations).extracting(c -> c.get("id"))
                .containsExactlyInAnyOrder("werk-4", "werk-5", "registratie-5", "huisvesting-2", "huisvesting-7");
    }

    @Test
    void offTopicIsDeclinedWithAWayToGetHelp() {
        var body = ask("{\"text\": \"Wie wint het WK voetbal dit jaar?\"}").getBody();
        assertThat(body).containsEntry("answered", false).containsEntry("citations", List.of());
        assertThat((String) body.get("text")).contains("Juridisch Loket").contains("Work in NL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"text\": null}", "{\"text\": \"\"}", "{\"text\": \"   \\n\\t \"}",
            "{\"text\": \"\\u200b\\u0000\"}", "{\"text\": \"hoi\", \"language\": \"de\"}", "{\"text\": 42, \"language\": []}",
            "not json", "{\"text\": \"unterminated", "[]", "null"})
    void badInputGetsA400WithAnError(String body) {
        var res = ask(body);
        assertThat(res.getStatusCode().value()).as(body).isEqualTo(400);
        assertThat(res.getBody()).as(body).containsKey("error");
        assertThat((String) res.getBody().get("error")).isNotBlank();
    }

    @Test
    void textOverTwoThousandCharactersIsRefusedAndSaysTheLimit() {
        var res = ask("{\"text\": \"" + "a".repeat(2001) + "\"}");
        assertThat(res.getStatusCode().value()).isEqualTo(400);
        assertThat((String) res.getBody().get("error")).contains("2001").contains("2000");
        assertThat(ask("{\"text\": \"" + "huur ".repeat(400) + "\"}").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionIsServed() {
        String yaml = RestClient.create("http://127.0.0.1:" + port).get().uri("/openapi.yaml").retrieve().body(String.class);
        assertThat(yaml).contains("/api/v1/ask").contains("statusDate");
    }

    @Test
    void anotherContentTypeIsA415() {
        var res = post("text=hoi", MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(res.getStatusCode().value()).isEqualTo(415);
        assertThat(res.getBody()).containsKey("error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:*", "*:*", "\\\"unbalanced", "(huur AND", "huur OR NOT loon", "kamer~2^10", "[a TO z]",
            "😀😀😀", "🏠💶", "/regex.*/", "?", "&& || !", "\\\\"})
    void querySyntaxAndSymbolsAreJustText(String text) {
        var res = ask("{\"text\": \"" + text + "\"}");
        assertThat(res.getStatusCode().value()).as(text).isEqualTo(200);
        assertThat(res.getBody()).containsKeys("language", "answered", "text", "citations");
    }
}
