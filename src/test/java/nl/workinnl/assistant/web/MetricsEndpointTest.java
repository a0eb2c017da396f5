package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Prometheus scrapes the questions and the pipeline's latency from the management port, never the public one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsEndpointTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void questionsAndLatencyAreScrapedFromTheManagementPortOnly() {
        RestClient api = RestClient.create("http://127.0.0.1:" + port);
        api.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\": \"Gdzie mogę dostać DigiD?\"}").retrieve().toBodilessEntity();
        api.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\": \"Who won the football match yesterday?\"}").retrieve().toBodilessEntity();

        String scrape = RestClient.create("http://127.0.0.1:" + managementPort).get().uri("/actuator/prometheus")
                .retrieve().body(String.class);
        assertThat(scrape).containsPattern("assistant_questions_total\\{[^}]*answered=\"true\"[^}]*channel=\"api\"[^}]*language=\"pl\"");
        assertThat(scrape).containsPattern("assistant_questions_total\\{[^}]*answered=\"false\"[^}]*channel=\"api\"");
        assertThat(scrape).contains("assistant_answer_latency_seconds_bucket");
        assertThat(scrape).doesNotContain("DigiD");
        assertThat(api.get().uri("/actuator/prometheus").exchange((request, response) -> (Integer) response.getStatusCode().value()).intValue())
                .isEqualTo(404);
    }

    private String scrape() {
        return RestClient.create("http://127.0.0.1:" + managementPort).get().uri("/actuator/prometheus").retrieve().body(String.class);
    }

    /** The helpful votes counted so far: 0 before the first (the counter appears with it). */
    private double helpfulVotes() {
        Matcher m = Pattern.compile("(?m)^assistant_feedback_votes_total\\{[^}]*helpful=\"true\"[^}]*} (\\S+)$").matcher(scrape());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aVoteThroughTheApiIsCounted() throws Exception {
        RestClient api = RestClient.create("http://127.0.0.1:" + port);
        JsonNode answer = new ObjectMapper().readTree(api.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\": \"werk-3\", \"choice\": \"werk-3\"}").retrieve().body(String.class));
        String token = answer.path("feedbackToken").asText();
        assertThat(token).isNotEmpty();
        double before = helpfulVotes();

        api.post().uri("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                .body("{\"measureId\": \"werk-3\", \"helpful\": true, \"token\": \"" + token + "\"}").retrieve().toBodilessEntity();

        // Another test of this context may vote too: the count is compared, not taken as the only vote.
        assertThat(helpfulVotes()).isEqualTo(before + 1);
    }
}
