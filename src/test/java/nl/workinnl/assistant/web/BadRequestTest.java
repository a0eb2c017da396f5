package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input from a caller is the caller's fault: a 4xx with {@code {"error": ...}}, and nothing in the
 * log that a flood of such requests could fill it with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class BadRequestTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonError(HttpResponse<String> res, String what) {
        assertThat(res.statusCode()).as(what).isBetween(400, 499);
        assertThat(res.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(res.body()).as(what).matches("\\{\"error\":\".+\"}");
    }

    private static void assertQuietLog(String log) {
        assertThat(log).doesNotContain("ERROR").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void undecodableQueryParametersAre400(CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        for (String path : new String[] {"/api/v1/measures?lang=%ff", "/api/v1/overview?lang=%ff", "/api/v1/measures?status=%ff",
                "/api/v1/themes?lang=%c3%28"}) {
            assertJsonError(get(path, "application/json"), path);
        }
        assertQuietLog(output.getAll().substring(logStart));
    }

    @Test
    void anUnreadableAcceptHeaderIs4xx(CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        for (String path : new String[] {"/api/v1/themes", "/api/v1/measures", "/api/v1/overview"}) {
            assertJsonError(get(path, "application/json;q=x"), path);
        }
        assertQuietLog(output.getAll().substring(logStart));
    }
}
