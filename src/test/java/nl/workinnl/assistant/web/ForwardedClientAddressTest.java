package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind the reverse proxy the per-client question limit counts the client the proxy names in
 * X-Forwarded-For, and only when the proxy itself sends it: anyone else's X-Forwarded-For is ignored,
 * so no client escapes its limit by making up addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
        "assistant.web.ask-per-minute=2"})
class ForwardedClientAddressTest {

    @LocalServerPort
    int port;

    private int ask(String from, String forwardedFor) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ask"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"DigiD\"}"));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theProxyNamesTheClientAndNobodyElseCan() throws Exception {
        // Through the proxy (127.0.0.1): two clients, each with a limit of its own.
        assertThat(ask("127.0.0.1", "203.0.113.7")).isEqualTo(200);
        assertThat(ask("127.0.0.1", "203.0.113.7")).isEqualTo(200);
        assertThat(ask("127.0.0.1", "203.0.113.7")).isEqualTo(429);
        assertThat(ask("127.0.0.1", "203.0.113.8")).isEqualTo(200);
        // Not the proxy: a made-up X-Forwarded-For does not give a fresh limit.
        assertThat(ask("127.0.0.9", "198.51.100.1")).isEqualTo(200);
        assertThat(ask("127.0.0.9", "198.51.100.2")).isEqualTo(200);
        assertThat(ask("127.0.0.9", "198.51.100.3")).isEqualTo(429);
    }
}
