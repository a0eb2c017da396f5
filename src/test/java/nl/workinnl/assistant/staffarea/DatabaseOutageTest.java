package nl.workinnl.assistant.staffarea;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the database gone (its pool closed, as when PostgreSQL is down), the staff logins and the
 * feedback votes that need it answer 503 with Retry-After, not a 500 with a stack trace, while
 * questions are still answered: the answers need only the index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:outage-test;DB_CLOSE_DELAY=-1")
@DirtiesContext
class DatabaseOutageTest {

    static final String PASSWORD = "outage desk password";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        StaffUsers.add(registry, 0, "erika", PASSWORD, "EDITOR");
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutTheDatabaseLoginsAndVotesAre503AndQuestionsAreStillAnswered() throws Exception {
        StaffClient browser = new StaffClient(port, 41);
        String csrf = browser.csrf("/staff/login");
        String answered = ask("{\"text\":\"Mijn werkgever houdt huur in op mijn loon\",\"lang\":\"nl\"}").body();
        String token = field(answered, "feedbackToken");
        String measure = field(answered, "id");

        dataSource.unwrap(HikariDataSource.class).close();

        HttpResponse<String> login = browser.postForm("/staff/login",
                "username=erika&password=" + StaffClient.enc(PASSWORD) + "&_csrf=" + StaffClient.enc(csrf));
        assertThat(login.statusCode()).as("form login").isEqualTo(503);
        assertThat(login.headers().firstValue("Retry-After")).as("form login").isPresent();

        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/reload"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("erika:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).as("admin API").isEqualTo(503);
        assertThat(basic.headers().firstValue("Retry-After")).as("admin API").isPresent();
        assertThat(basic.body()).contains("\"error\"");

        HttpResponse<String> vote = http.send(HttpRequest.newBuilder(uri("/api/v1/feedback"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"measureId\":\"" + measure + "\",\"token\":\"" + token + "\",\"helpful\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(vote.statusCode()).as("feedback vote").isEqualTo(503);
        assertThat(vote.headers().firstValue("Retry-After")).as("feedback vote").isPresent();
        assertThat(vote.body()).contains("\"error\"");

        HttpResponse<String> answer = ask("{\"text\":\"Wanneer moet ik me inschrijven bij de gemeente?\",\"lang\":\"nl\"}");
        assertThat(answer.statusCode()).as("a question").isEqualTo(200);
        assertThat(answer.body()).contains("\"answered\":true");
    }

    private HttpResponse<String> ask(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first value of a string field in a JSON answer. */
    private static String field(String answer, String name) {
        var m = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(answer);
        assertThat(m.find()).as(name + " in " + answer).isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
