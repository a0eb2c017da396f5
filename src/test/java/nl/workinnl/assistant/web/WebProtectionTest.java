package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** CORS for configured origins only, security headers everywhere, a body limit and a rate limit on asking. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.web.allowed-origins=https://www.workinnl.nl", "assistant.web.ask-per-minute=5"})
class WebProtectionTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/nl/measures", "/pl/measures/werk-1", "/api/v1/themes", "/widget.js"}) {
            HttpResponse<String> res = send(to(path).GET());
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe"));
            assertThat(res.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(res.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        }
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() throws Exception {
        HttpResponse<String> allowed = send(to("/api/v1/ask").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://www.workinnl.nl").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://www.workinnl.nl");
        HttpResponse<String> denied = send(to("/api/v1/ask").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST"));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String big = "{\"text\": \"" + "a".repeat(20_000) + "\"}";
        HttpResponse<String> res = send(to("/api/v1/feedback").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(res.statusCode()).isEqualTo(413);
        assertThat(res.body()).contains("error");
    }

    @Test
    void askingTooOftenIs429WithRetryAfter() throws Exception {
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> res = send(to("/api/v1/ask").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"DigiD\"}")));
            if (res.statusCode() == 429) {
                limited++;
                retryAfter = res.headers().firstValue("Retry-After").orElse(null);
                assertThat(res.body()).contains("error");
            }
        }
        assertThat(limited).isGreaterThanOrEqualTo(3);
        assertThat(retryAfter).isNotNull().matches("\\d+");
    }

    @Test
    void theWidgetOnAnAllowedSiteCanReadA429sRetryAfter() throws Exception {
        HttpResponse<String> limited = null;
        for (int i = 0; i < 20 && limited == null; i++) {
            HttpResponse<String> res = send(to("/api/v1/ask").header("Content-Type", "application/json")
                    .header("Origin", "https://www.workinnl.nl").POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"DigiD\"}")));
            if (res.statusCode() == 429) {
                limited = res;
            }
        }
        assertThat(limited).as("a 429 within 20 questions").isNotNull();
        assertReadableFromTheSite(limited);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> foreign = send(to("/api/v1/ask").header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"DigiD\"}")));
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theWidgetOnAnAllowedSiteCanReadA413() throws Exception {
        String big = "{\"text\": \"" + "a".repeat(20_000) + "\"}";
        HttpResponse<String> declared = send(to("/api/v1/feedback").header("Content-Type", "application/json")
                .header("Origin", "https://www.workinnl.nl").POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertReadableFromTheSite(declared);
        // Without a declared length the limit is found while reading, after a controller has started.
        HttpResponse<String> chunked = send(to("/api/v1/feedback").header("Content-Type", "application/json")
                .header("Origin", "https://www.workinnl.nl")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertReadableFromTheSite(chunked);
        assertThat(chunked.headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<String> foreign = send(to("/api/v1/feedback").header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(foreign.statusCode()).isIn(403, 413);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static void assertReadableFromTheSite(HttpResponse<String> res) {
        assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).contains("https://www.workinnl.nl");
        assertThat(res.headers().allValues("Access-Control-Expose-Headers"))
                .anySatisfy(exposed -> assertThat(exposed).containsIgnoringCase("Retry-After"));
        assertThat(res.body()).contains("\"error\"");
    }

    @Test
    void feedbackIsCountedAndBadVotesAreRefused() throws Exception {
        // Its own client address: the questions of the rate limit test above do not use up its limit.
        HttpClient voter = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.5")).build();
        HttpResponse<String> answer = voter.send(to("/api/v1/ask").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"werk-1\", \"choice\": \"werk-1\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = new ObjectMapper().readTree(answer.body()).path("feedbackToken").asText();
        assertThat(voter.send(to("/api/v1/feedback").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"measureId\": \"werk-1\", \"helpful\": true, \"token\": \"" + token + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        assertThat(voter.send(to("/api/v1/feedback").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"measureId\": \"werk-99\", \"helpful\": true, \"token\": \"" + token + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(voter.send(to("/api/v1/feedback").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"measureId\": \"werk-1\", \"token\": \"" + token + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        assertThat(voter.send(to("/api/v1/feedback").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"measureId\": \"werk-1\", \"helpful\": \"true\", \"token\": \"" + token + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    @Test
    void theWidgetTextsComeInTheAskedLanguage() throws Exception {
        HttpResponse<String> res = send(to("/api/v1/widget?lang=bg").GET());
        assertThat(res.body()).contains("\"language\":\"bg\"").contains("\"themes\"").contains("VERTRAAGD");
        assertThat(send(to("/api/v1/widget?lang=xx").GET()).statusCode()).isEqualTo(400);
    }

    @Test
    void theWidgetIsServedCompressedAndCacheable() throws Exception {
        HttpResponse<byte[]> js = http.send(to("/widget.js").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(js.headers().firstValue("Cache-Control").orElse("")).contains("max-age=3600");
        HttpResponse<byte[]> css = http.send(to("/widget.css").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).contains("max-age=3600");
    }
}
