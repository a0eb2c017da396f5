package nl.workinnl.assistant.staffarea;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The staff pages once logged in: the exports equal the filtered lists, the declined questions show scrubbed, the question box answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "telegram.bot-username=WorkInNlBot")
class StaffToolsTest {

    static final String PASSWORD = "an editor's long password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW_ID = Pattern.compile("data-id=\"([a-z]+-[0-9]+[a-z]?)\"");

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        StaffUsers.add(registry, 0, "erika", PASSWORD, "STAFF,EDITOR");
    }

    @LocalServerPort
    int port;

    private StaffClient editor(int address) throws Exception {
        StaffClient client = new StaffClient(port, address);
        assertThat(client.login("erika", PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return client;
    }

    /** The CSV's records, without the header; fields unquoted. */
    static List<List<String>> records(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.split("\r?\n")) {
            List<String> fields = new ArrayList<>();
            Matcher m = Pattern.compile("\"((?:[^\"]|\"\")*)\"(?:,|$)").matcher(line);
            while (m.find()) {
                fields.add(m.group(1).replace("\"\"", "\""));
            }
            rows.add(fields);
        }
        return rows.subList(1, rows.size());
    }

    @Test
    void theMeasuresCsvEqualsTheFilteredList() throws Exception {
        StaffClient client = editor(31);
        HttpResponse<String> page = client.get("/staff/measures?theme=huisvesting&status=VERTRAAGD&lang=pl");
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> shown = new ArrayList<>();
        Matcher m = ROW_ID.matcher(page.body());
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertThat(shown).isNotEmpty().allMatch(id -> id.startsWith("huisvesting-"));
        assertThat(page.body()).contains("https://t.me/share/url?url=").contains("https://t.me/WorkInNlBot?start=" + shown.getFirst() + "_pl")
                .contains("/pl/measures/" + shown.getFirst());

        HttpResponse<String> csv = client.get("/staff/measures.csv?theme=huisvesting&status=VERTRAAGD&lang=pl");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(records(csv.body()).stream().map(List::getFirst).toList()).isEqualTo(shown);

        // And the same measures as the public API's filter.
        JsonNode api = JSON.readTree(client.get("/api/v1/measures?theme=huisvesting&status=VERTRAAGD&lang=pl").body());
        List<String> apiIds = new ArrayList<>();
        (api.isArray() ? api : api.get("measures")).forEach(n -> apiIds.add(n.get("id").asText()));
        assertThat(shown).isEqualTo(apiIds);
    }

    @Test
    void declinedQuestionsShowScrubbedGroupedAndExported() throws Exception {
        StaffClient client = editor(32);
        client.postJson("/api/v1/ask", "{\"text\": \"Ik heet Karel Jansen. Krijg ik een WW-uitkering? Bel 06-12345678\"}", null);
        client.postJson("/api/v1/ask", "{\"text\": \"Hoe vraag ik een WW-uitkering aan?\"}", null);

        HttpResponse<String> page = client.get("/staff/questions?days=7&lang=nl");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ik heet [NAME]").doesNotContain("Karel").doesNotContain("12345678");

        HttpResponse<String> csv = client.get("/staff/questions.csv?days=7&lang=nl");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> rows = records(csv.body());
        assertThat(rows).anySatisfy(r -> assertThat(r.get(6)).isEqualTo("Ik heet [NAME]. Krijg ik een WW-uitkering? Bel [PHONE]"));
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(7));

        JsonNode groups = JSON.readTree(client.get("/staff/api/questions?days=7&lang=nl").body());
        assertThat(groups.isArray()).isTrue();
        assertThat(groups.get(0).get("questions").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theQuestionBoxAnswersWithTheCsrfTokenOnly() throws Exception {
        StaffClient client = editor(33);
        String page = client.get("/staff/ask").body();
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        assertThat(client.postJson("/staff/api/ask", "{\"text\": \"Waar vind ik DigiD?\"}", null).statusCode()).isEqualTo(403);
        HttpResponse<String> res = client.postJson("/staff/api/ask", "{\"text\": \"Waar vind ik DigiD?\"}", token.group(1));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(res.body()).get("text").asText()).isNotBlank();
    }
}
