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

/** A browser that asks for a page that is not there gets a short page in the site's look, and the log stays quiet. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NotFoundPageTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> browse(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownPageIsAFriendly404Page(CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        for (String path : new String[] {"/nl/nonsense/page", "/nonsense", "/nl/measures/werk-99", "/xx/measures"}) {
            HttpResponse<String> res = browse(path);
            assertThat(res.statusCode()).as(path).isEqualTo(404);
            assertThat(res.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(res.body()).as(path).contains("<link rel=\"stylesheet\" href=\"/site.css\">").contains("href=\"/nl/measures\"")
                    .doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("\"error\"");
            assertThat(res.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
        assertThat(output.getAll().substring(logStart)).doesNotContain("WARN").doesNotContain("ERROR").doesNotContain("\tat ");
    }
}
