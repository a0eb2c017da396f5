package nl.workinnl.assistant.declined;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.workinnl.assistant.language.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Declined and "not helpful" questions over the real API: kept scrubbed, with nothing about who asked; and deleted after the retention. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeclinedQuestionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    DeclinedStore store;

    private JsonNode post(String path, String json) throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(res.statusCode()).isBetween(200, 204);
        return res.body().isEmpty() ? null : JSON.readTree(res.body());
    }

    private List<DeclinedQuestion> keptToday(String containing) {
        return store.since(LocalDate.now().minusDays(1)).stream().filter(q -> q.question().contains(containing)).toList();
    }

    @Test
    void aDeclinedQuestionIsKeptWithoutItsPersonalData() throws Exception {
        JsonNode answer = post("/api/v1/ask", "{\"text\": \"My name is Jan Kowalski. Can I get unemployment benefit?"
                + " Call me on +31 6 1234 5678 or write to jan.kowalski@example.com\"}");
        assertThat(answer.get("answered").asBoolean()).isFalse();

        List<DeclinedQuestion> kept = keptToday("unemployment benefit");
        assertThat(kept).hasSize(1);
        DeclinedQuestion q = kept.getFirst();
        assertThat(q.question()).isEqualTo("My name is [NAME]. Can I get unemployment benefit? Call me on [PHONE] or write to [EMAIL]");
        assertThat(q.question()).doesNotContain("Jan", "Kowalski", "1234", "example");
        assertThat(q.language()).isEqualTo(Language.EN);
        assertThat(q.channel()).isEqualTo(Channel.API);
        assertThat(q.reason()).isIn(DeclineReason.NEAR_MISS, DeclineReason.WEAK_MATCH, DeclineReason.CLARIFY);
    }

    @Test
    void anAnsweredQuestionIsNotKeptUntilItsAnswerIsRatedNotHelpful() throws Exception {
        JsonNode answer = post("/api/v1/ask", "{\"text\": \"Wat is de verhuurdersvergunning? zaak 77\", \"choice\": \"werk-1\"}");
        assertThat(answer.get("kind").asText()).isEqualTo("topic");
        assertThat(keptToday("verhuurdersvergunning")).isEmpty();

        String measure = answer.get("citations").get(0).get("id").asText();
        post("/api/v1/feedback", "{\"measureId\": \"" + measure + "\", \"helpful\": false, \"token\": \""
                + answer.get("feedbackToken").asText() + "\"}");
        List<DeclinedQuestion> kept = keptToday("verhuurdersvergunning");
        assertThat(kept).hasSize(1);
        assertThat(kept.getFirst().reason()).isEqualTo(DeclineReason.NOT_HELPFUL);
        assertThat(kept.getFirst().measureId()).isEqualTo(measure);
        assertThat(kept.getFirst().theme()).isNotBlank();
        assertThat(kept.getFirst().question()).endsWith("zaak [NUMBER]");
    }

    @Test
    void ofTwoQuestionsTheOneTheAnswerDeclinedIsKept() throws Exception {
        JsonNode answer = post("/api/v1/ask", "{\"text\": \"Can my agency take the rent for my room from my wages?"
                + " And how much holiday pay do I get? Kind regards, Anna, +31 6 1234 5678\"}");
        assertThat(answer.get("kind").asText()).isEqualTo("topic");
        // Only the question asked is kept, not the signature after it.
        assertThat(keptToday("holiday pay")).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo("And how much holiday pay do I get?");
            assertThat(q.reason()).isEqualTo(DeclineReason.NEAR_MISS);
        });
        assertThat(keptToday("rent for my room")).isEmpty();
    }

    @Test
    void theRetentionJobDeletesWhatIsOlderThanTheRetention() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        store.insert(new DeclinedQuestion(today.minusDays(91), Language.NL, Channel.API, null, null, DeclineReason.WEAK_MATCH, "oud retentie"));
        store.insert(new DeclinedQuestion(today.minusDays(89), Language.NL, Channel.TELEGRAM, null, null, DeclineReason.WEAK_MATCH, "jong retentie"));
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

        new DeclinedRetention(store, Duration.ofDays(90), clock).deleteExpired();

        List<String> left = store.since(today.minusYears(1)).stream().map(DeclinedQuestion::question).filter(s -> s.endsWith("retentie")).toList();
        assertThat(left).containsExactly("jong retentie");
    }
}
