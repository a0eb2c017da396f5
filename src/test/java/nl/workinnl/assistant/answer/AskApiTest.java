package nl.workinnl.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.testing.Months;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * {@code POST /api/v1/ask} over real HTTP: the contract, and clear 4xx errors for bad input. Statuses,
 * their dates and which measures have them come from the data the service loaded, so that a new
 * edition does not break the contract's tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AskApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CurrentKnowledge knowledge;

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
        Measure digid = knowledge.get().corpus().measure("informatie-3").orElseThrow();
        String label = knowledge.get().translations().statusLabel(digid.status(), Language.PL);
        assertThat(first).containsEntry("id", "informatie-3").containsEntry("theme", "informatie")
                .containsEntry("status", digid.status().name()).containsEntry("statusDate", digid.statusDate())
                .containsEntry("url", "/pl/measures/informatie-3");
        assertThat((String) first.get("statusLabel")).isEqualTo(label).isNotEqualTo(knowledge.get().corpus().statusLabel(digid.status()));
        assertThat((String) body.get("text")).contains(label).contains(Months.inWords("pl", digid.statusDate()))
                .contains("/pl/measures/informatie-3");
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
        Corpus corpus = knowledge.get().corpus();
        assertThat(citations).extracting(c -> c.get("id")).containsExactlyInAnyOrderElementsOf(
                corpus.measures().stream().filter(m -> m.status() == Status.VERTRAAGD).map(Measure::id).toList());
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

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": 123}", "{\"text\": 1.5}", "{\"text\": true}", "{\"text\": {\"a\": 1}}",
            "{\"text\": \"hoi\", \"language\": 1}", "{\"text\": \"hoi\", \"context\": 7}",
            "{\"text\": \"hoi\", \"choice\": false}"})
    void everyFieldMustBeAJsonString(String body) {
        var res = ask(body);
        assertThat(res.getStatusCode().value()).as(body).isEqualTo(400);
        assertThat((String) res.getBody().get("error")).as(body).isNotBlank();
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
    void theOpenApiDescriptionIsServedAsYaml() {
        var res = RestClient.create("http://127.0.0.1:" + port).get().uri("/openapi.yaml").retrieve().toEntity(String.class);
        assertThat(res.getHeaders().getContentType()).isNotNull();
        assertThat(res.getHeaders().getContentType().toString()).isEqualToIgnoringCase("application/yaml;charset=UTF-8");
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

    @Test
    @SuppressWarnings("unchecked")
    void aFollowUpWithTheReturnedContextContinuesTheConversation() {
        var first = ask("{\"text\": \"Mieszkamy w 8 osób w jednym pokoju w domu agencji.\"}").getBody();
        assertThat(first).containsEntry("kind", "topic");
        String context = (String) first.get("context");
        assertThat(context).isNotBlank();
        String measure = (String) ((List<Map<String, Object>>) first.get("citations")).getFirst().get("id");

        var followUp = ask("{\"text\": \"A kiedy to się zmieni?\", \"context\": \"" + context + "\"}").getBody();
        assertThat(followUp).containsEntry("answered", true).containsEntry("language", "pl");
        assertThat(((List<Map<String, Object>>) followUp.get("citations")).getFirst()).containsEntry("id", measure);

        // Without the context the same words are not enough to answer.
        var alone = ask("{\"text\": \"A kiedy to się zmieni?\"}").getBody();
        assertThat(((List<Map<String, Object>>) alone.get("citations")).stream().map(c -> c.get("id"))).doesNotContain(measure);
    }

    @ParameterizedTest
    @ValueSource(strings = {"forged", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%%%", "eyJtZWFzdXJlcyI6WyJ6b3JnLTEiXX0"})
    void aForgedContextIsIgnoredNotAnError(String forged) {
        var res = ask("{\"text\": \"Gdzie mogę dostać DigiD?\", \"context\": \"" + forged + "\"}");
        assertThat(res.getStatusCode().value()).isEqualTo(200);
        assertThat(res.getBody()).containsEntry("answered", true);
    }

    @Test
    void anOversizedContextIsIgnored() {
        var res = ask("{\"text\": \"Gdzie mogę dostać DigiD?\", \"context\": \"" + "A".repeat(5000) + "\"}");
        assertThat(res.getStatusCode().value()).isEqualTo(200);
        assertThat(res.getBody()).containsEntry("answered", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClarifyingQuestionOffersChoicesAndAChoiceIsAnswered() {
        var clarify = ask("{\"text\": \"registratie 2\", \"language\": \"en\"}").getBody();
        assertThat(clarify).containsEntry("kind", "clarify").containsEntry("answered", false);
        assertThat((List<Object>) clarify.get("citations")).isEmpty();
        List<Map<String, Object>> suggestions = (List<Map<String, Object>>) clarify.get("suggestions");
        assertThat(suggestions).extracting(m -> m.get("id")).containsExactly("registratie-2a", "registratie-2b", "registratie-2c");
        assertThat((String) suggestions.get(1).get("title")).startsWith("RNI quality measures");

        var chosen = ask("{\"text\": \"" + suggestions.get(1).get("title") + "\", \"language\": \"en\", \"choice\": \"registratie-2b\", "
                + "\"context\": \"" + clarify.get("context") + "\"}").getBody();
        assertThat(chosen).containsEntry("answered", true).containsEntry("kind", "topic");
        assertThat(((List<Map<String, Object>>) chosen.get("citations")).getFirst()).containsEntry("id", "registratie-2b");
    }

    @Test
    void aChoiceThatIsNoMeasureIsRefused() {
        var res = ask("{\"text\": \"x\", \"choice\": \"werk-99\"}");
        assertThat(res.getStatusCode().value()).isEqualTo(400);
        assertThat((String) res.getBody().get("error")).contains("choice");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNearMissIsDeclinedWithWhereToGetHelp() {
        var body = ask("{\"text\": \"How much is the child benefit in the Netherlands?\"}").getBody();
        assertThat(body).containsEntry("answered", false).containsEntry("kind", "not-covered");
        assertThat((List<Object>) body.get("citations")).isEmpty();
        assertThat((String) body.get("text")).contains("Juridisch Loket").contains("Work in NL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "_", "--pl"})
    void aLanguageThatIsOnlyPunctuationIsRefused(String language) {
        var res = ask("{\"text\": \"hi\", \"language\": \"" + language + "\"}");
        assertThat(res.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAnswerComesAsTypedPartsToo() {
        var body = ask("{\"text\": \"Gdzie mogę dostać DigiD?\"}").getBody();
        List<Map<String, Object>> parts = (List<Map<String, Object>>) body.get("parts");
        assertThat(parts).extracting(p -> p.get("type")).contains("section", "measure");
        Map<String, Object> measure = parts.stream().filter(p -> "measure".equals(p.get("type"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) measure.get("measure")).containsEntry("id", "informatie-3").containsEntry("url", "/pl/measures/informatie-3");
        Status status = knowledge.get().corpus().measure("informatie-3").orElseThrow().status();
        assertThat((String) measure.get("status")).contains(knowledge.get().translations().statusLabel(status, Language.PL));
    }
}
