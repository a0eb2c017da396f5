package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.ServiceCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the log format the cluster sets (ECS), what a log collector reads of a start, of questions
 * answered and declined, and of a stop is one JSON object per line, and none of it is personal:
 * neither the question nor the address of whoever asked it. The service runs as a process of its own,
 * as in production: logging is the JVM's global state, and a format set in the test JVM would leak
 * into every test after it.
 */
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Asked from an address of its own, so that it can be looked for in the log. */
    private static final String CLIENT = "127.0.0.97";
    private static final List<String> QUESTIONS = List.of("Gdzie mogę dostać DigiD?", "Who won the football match yesterday?",
            "Mijn BSN is 123456782, waar meld ik een te lage huur?");
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration START = Duration.ofSeconds(120);

    private Process service;

    @AfterEach
    void stop() {
        if (service != null && service.isAlive()) {
            service.destroyForcibly();
        }
    }

    @Test
    void everyLineIsAJsonObjectWithoutTheQuestionOrTheClientAddress(@TempDir Path dir) throws Exception {
        // What a log collector reads is standard output; the JVM's own warnings go to standard error.
        Path log = dir.resolve("service.log");
        Path errors = dir.resolve("service.err");
        service = new ProcessBuilder(ServiceCommand.of("--server.port=0", "--management.server.port=0",
                "--assistant.data-dir=" + dir.resolve("data"), "--logging.structured.format.console=ecs"))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(errors.toFile()).redirectOutput(log.toFile()).start();
        String port = awaitPort(log);
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(CLIENT)).connectTimeout(Duration.ofSeconds(10)).build();
        for (String question : QUESTIONS) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ask"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", question)))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
        }
        service.destroy();
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();

        List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("the start and stop are logged").hasSizeGreaterThan(2);
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
        String all = String.join("\n", lines) + Files.readString(errors);
        for (String question : QUESTIONS) {
            assertThat(all).doesNotContain(question).doesNotContain(question.substring(0, 12));
        }
        assertThat(all).doesNotContain("123456782").doesNotContain(CLIENT);
    }

    /** Polls the log for the port Tomcat took, until the deadline. */
    private String awaitPort(Path log) throws Exception {
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = PORT.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return m.group(1);
            }
            assertThat(service.isAlive()).as("the service is running:\n" + (Files.exists(log) ? Files.readString(log) : "")).isTrue();
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the service did not start within " + START + ":\n" + Files.readString(log));
    }
}
