package nl.workinnl.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.workinnl.assistant.security.HmacSha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Votes over real HTTP: only with the token of an answer that cited the measure, once per answer,
 * all counted when they arrive together, and a limit per client. Each test talks from its own
 * loopback address (127.0.0.x), so that the limits of one do not touch another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.conversation.secret=" + FeedbackApiTest.SECRET, "assistant.web.feedback-per-minute=10"})
class FeedbackApiTest {

    static final String SECRET = "feedback-api-test-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    FeedbackCounts counts;

    private HttpClient client(int address) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0." + address))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpResponse<String> post(HttpClient client, String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The answer to a question about the measure, chosen as a suggestion would be. */
    private JsonNode answerAbout(HttpClient client, String measureId) throws Exception {
        HttpResponse<String> res = post(client, "/api/v1/ask", "{\"text\": \"" + measureId + "\", \"choice\": \"" + measureId + "\"}");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(res.body());
        assertThat(answer.path("citations").path(0).path("id").asText()).isEqualTo(measureId);
        return answer;
    }

    private static String vote(String measureId, boolean helpful, String token) {
        return "{\"measureId\": \"" + measureId + "\", \"helpful\": " + helpful + (token == null ? "" : ", \"token\": \"" + token + "\"") + "}";
    }

    private static void assertRefused(HttpResponse<String> res, int status) throws Exception {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        assertThat(JSON.readTree(res.body()).path("error").asText()).isNotBlank();
    }

    @Test
    void anAnswersTokenGivesOneVoteAndAReplayIsRefused() throws Exception {
        HttpClient client = client(2);
        String token = answerAbout(client, "werk-3").path("feedbackToken").asText();
        assertThat(token).isNotBlank();
        long before = counts.votes("werk-3", true);

        assertThat(post(client, "/api/v1/feedback", vote("werk-3", true, token)).statusCode()).isEqualTo(204);
        assertRefused(post(client, "/api/v1/feedback", vote("werk-3", true, token)), 409);
        assertRefused(post(client, "/api/v1/feedback", vote("werk-3", false, token)), 409);
        assertThat(counts.votes("werk-3", true)).isEqualTo(before + 1);
        assertThat(counts.votes("werk-3", false)).isZero();
    }

    @Test
    void aMissingForgedExpiredOrOtherMeasuresTokenGivesNoVote() throws Exception {
        HttpClient client = client(3);
        String token = answerAbout(client, "werk-5").path("feedbackToken").asText();
        String[] f = token.split("\\.");
        String otherSecret = new FeedbackTokens(SECRET.concat("x").getBytes(StandardCharsets.UTF_8), Duration.ofHours(24),
                Clock.systemUTC()).issue(List.of("werk-6"), "");
        String expired = new FeedbackTokens(SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofHours(24),
                Clock.fixed(Instant.now().minus(Duration.ofHours(25)), ZoneOffset.UTC)).issue(List.of("werk-6"), "");
        String stillValid = new FeedbackTokens(SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofHours(24),
                Clock.fixed(Instant.now().minus(Duration.ofHours(23)), ZoneOffset.UTC)).issue(List.of("werk-6"), "");

        assertRefused(post(client, "/api/v1/feedback", vote("werk-6", true, null)), 400);
        assertRefused(post(client, "/api/v1/feedback", vote("werk-6", true, "not-a-token")), 403);
        assertRefused(post(client, "/api/v1/feedback", vote("werk-6", true, token)), 403);
        assertRefused(post(client, "/api/v1/feedback", vote("werk-6", true, String.join(".", f[0], f[1], f[2], "werk-6", f[4], f[5]))), 403);
        assertRefused(post(client, "/api/v1/feedback", vote("werk-5", true, String.join(".", "f1", f[1], f[2], f[3], f[5]))), 403);
        assertRefused(post(client, "/api/v1/feedback", vote("werk-6", true, otherSecret)), 403);
        assertRefused(post(client, "/api/v1/feedback", vote("werk-6", true, expired)), 403);
        assertThat(counts.votes("werk-6", true)).isZero();
        assertThat(post(client, "/api/v1/feedback", vote("werk-6", true, stillValid)).statusCode()).isEqualTo(204);
        assertThat(counts.votes("werk-6", true)).isEqualTo(1);
    }

    @Test
    void aTokenOfTheFormIssuedBeforeTokensCarriedTheQuestionStillGivesAVote() throws Exception {
        String payload = String.join(".", "f1", "AAAAAAAAAAAAAAAAAAAAAA", Long.toString(Instant.now().getEpochSecond()), "werk-5");
        String token = payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(HmacSha256.derivedFrom(
                "feedback-token:".getBytes(StandardCharsets.UTF_8), SECRET.getBytes(StandardCharsets.UTF_8)).sign(payload.getBytes(StandardCharsets.UTF_8)));
        HttpClient client = client(30);
        assertThat(post(client, "/api/v1/feedback", vote("werk-5", false, token)).statusCode()).isEqualTo(204);
        assertRefused(post(client, "/api/v1/feedback", vote("werk-5", false, token)), 409);
    }

    @Test
    void eightVotesOnAFreshMeasureArrivingTogetherAllCount() throws Exception {
        int voters = 8;
        List<HttpClient> clients = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            clients.add(client(10 + i));
            tokens.add(answerAbout(clients.get(i), "huisvesting-3").path("feedbackToken").asText());
        }
        CyclicBarrier together = new CyclicBarrier(voters);
        try (var threads = Executors.newFixedThreadPool(voters)) {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                int voter = i;
                statuses.add(threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return post(clients.get(voter), "/api/v1/feedback", vote("huisvesting-3", true, tokens.get(voter))).statusCode();
                }));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(204);
            }
        }
        assertThat(counts.votes("huisvesting-3", true)).isEqualTo(voters);
    }

    @Test
    void aBurstOfVotesFromOneClientGets429WithRetryAfter() throws Exception {
        HttpClient client = client(4);
        String token = answerAbout(client, "werk-2").path("feedbackToken").asText();
        int limited = 0;
        for (int i = 0; i < 15; i++) {
            HttpResponse<String> res = post(client, "/api/v1/feedback", vote("werk-2", true, token));
            if (res.statusCode() == 429) {
                limited++;
                assertThat(res.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(s).matches("\\d+"));
                assertRefused(res, 429);
            }
        }
        assertThat(limited).isGreaterThanOrEqualTo(4);
        assertThat(counts.votes("werk-2", true)).isEqualTo(1);
    }
}
