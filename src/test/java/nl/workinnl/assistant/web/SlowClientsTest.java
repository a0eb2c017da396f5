package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that send their request body slowly must not keep everyone else waiting. The connection
 * timeout is set back to Tomcat's 60 s here, so that a stalled body really holds on for the whole
 * test: only the way requests are handled, not a short timeout, may let the others through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.connection-timeout=60s", "assistant.web.body-timeout=2s", "assistant.web.ask-per-minute=0"})
class SlowClientsTest {

    /** Generous: an ask takes milliseconds; a starved one waits for the 60 s connection timeout. */
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(DEADLINE).build();
    private final List<Socket> slowClients = new ArrayList<>();
    private final ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void closeSlowClients() throws IOException {
        trickler.shutdownNow();
        for (Socket s : slowClients) {
            s.close();
        }
    }

    /** Headers announcing 1,000 bytes of body, then only the first few of them. */
    private Socket slowClient(String path) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        slowClients.add(socket);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{\"text\": \"Dig";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private CompletableFuture<HttpResponse<String>> ask() {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ask")).timeout(DEADLINE)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"DigiD\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> health() {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/livez")).timeout(DEADLINE)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twentyStalledBodiesDoNotStarveQuestionsOrHealthChecks() throws Exception {
        assertThat(ask().get(DEADLINE.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            slowClient(i % 2 == 0 ? "/api/v1/ask" : "/api/v1/feedback");
        }
        List<CompletableFuture<HttpResponse<String>>> asks = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> checks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            asks.add(ask());
            checks.add(health());
        }
        for (var ask : asks) {
            HttpResponse<String> res = ask.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.body()).contains("informatie-3");
        }
        for (var check : checks) {
            assertThat(check.get(DEADLINE.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBodyTrickledInSlowerThanTheDeadlineIsRefusedWith408() throws Exception {
        Socket socket = slowClient("/api/v1/ask");
        OutputStream out = socket.getOutputStream();
        // One byte every 100 ms: each read makes progress, only a total deadline can end it.
        trickler.scheduleAtFixedRate(() -> {
            try {
                out.write(' ');
                out.flush();
            } catch (IOException closed) {
                throw new IllegalStateException(closed);
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        String response = readResponse(socket, DEADLINE);
        assertThat(response).startsWith("HTTP/1.1 408").contains("{\"error\"");
    }

    /** What the server answers, read until it closes the connection or the deadline passes. */
    private static String readResponse(Socket socket, Duration deadline) throws IOException {
        long end = System.nanoTime() + deadline.toNanos();
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        byte[] buf = new byte[4096];
        while (System.nanoTime() < end) {
            socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
            int n;
            try {
                n = in.read(buf);
            } catch (SocketTimeoutException e) {
                break;
            }
            if (n < 0) {
                break;
            }
            text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            if (text.indexOf("\r\n\r\n") >= 0 && text.indexOf("}") > text.indexOf("\r\n\r\n")) {
                break;
            }
        }
        return text.toString();
    }
}
