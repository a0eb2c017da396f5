package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import nl.workinnl.assistant.AssistantApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With the log format the cluster sets (ECS), what a log collector reads of a start and of questions
 * answered and declined is one JSON object per line, and none of it is personal: neither the question
 * nor the address of whoever asked it.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Asked from an address of its own, so that it can be looked for in the log. */
    private static final String CLIENT = "127.0.0.97";
    private static final List<String> QUESTIONS = List.of("Gdzie mogę dostać DigiD?", "Who won the football match yesterday?",
            "Mijn BSN is 123456782, waar meld ik een te lage huur?");

    private ConfigurableApplicationContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void everyLineIsAJsonObjectWithoutTheQuestionOrTheClientAddress(CapturedOutput output) throws Exception {
        context = SpringApplication.run(AssistantApplication.class, "--server.port=0", "--logging.structured.format.console=ecs");
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(CLIENT)).connectTimeout(Duration.ofSeconds(10)).build();
        for (String question : QUESTIONS) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ask"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("text", question)))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
        }
        context.close();
        context = null;

        List<String> lines = output.getOut().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("the start and stop are logged").isNotEmpty();
        for (String line : lines) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
            }
            assertThat(node.isObject()).as(line).isTrue();
            assertThat(node.has("@timestamp") && node.has("message")).as("an ECS line: " + line).isTrue();
        }
        String all = output.getAll();
        for (String question : QUESTIONS) {
            assertThat(all).doesNotContain(question).doesNotContain(question.substring(0, 12));
        }
        assertThat(all).doesNotContain("123456782").doesNotContain(CLIENT);
    }
}
