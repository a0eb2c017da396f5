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

/** Every error under {@code /api/} has the API's one error shape, also those Spring raises before any controller runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorBodiesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static void assertError(HttpResponse<String> res, int status, String what) {
        assertThat(res.statusCode()).as(what).isEqualTo(status);
        assertThat(res.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(res.body()).as(what).matches("\\{\"error\":\"[^\"]+\"}");
        assertThat(res.headers().firstValue("Content-Security-Policy")).as(what).isPresent();
    }

    @Test
    void aMethodNotAllowedIs405WithAllowAndAnError(CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        HttpResponse<String> get = send(to("/api/v1/ask").GET());
        assertError(get, 405, "GET /api/v1/ask");
        assertThat(get.headers().allValues("Allow")).as("Allow").anySatisfy(allow -> assertThat(allow).contains("POST"));
        HttpResponse<String> delete = send(to("/api/v1/measures").DELETE());
        assertError(delete, 405, "DELETE /api/v1/measures");
        assertThat(delete.headers().allValues("Allow")).anySatisfy(allow -> assertThat(allow).contains("GET"));
        assertThat(output.getAll().substring(logStart)).doesNotContain("WARN").doesNotContain("ERROR");
    }

    @Test
    void anotherContentTypeIs415WithAnError(CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        assertError(send(to("/api/v1/ask").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hoi"))),
                415, "text/plain");
        assertError(send(to("/api/v1/feedback").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("measureId=werk-1"))), 415, "form");
        assertThat(output.getAll().substring(logStart)).doesNotContain("WARN").doesNotContain("ERROR");
    }

    @Test
    void anUnknownApiPathIs404WithAnError(CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        for (String path : new String[] {"/api/v1/nothing", "/api/v2/measures", "/api/v1/measures/werk-1/more", "/api/"}) {
            assertError(send(to(path).GET()), 404, path);
            assertError(send(to(path).header("Accept", "text/html").GET()), 404, path + " from a browser");
        }
        assertThat(output.getAll().substring(logStart)).doesNotContain("WARN").doesNotContain("ERROR");
    }
}
