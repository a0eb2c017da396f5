package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests so malformed that Tomcat answers them itself, before Spring's filters run, still get
 * the security headers; sent over a raw socket, since an HTTP client refuses to send them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerErrorPagesTest {

    @LocalServerPort
    int port;

    private String exchange(String requestLine) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/v1/measures?x=<> HTTP/1.1", "GET /% HTTP/1.1", "GET /a{b} HTTP/1.1", "GET /%00 HTTP/1.1"})
    void tomcatsOwnErrorPagesCarryTheSecurityHeaders(String requestLine) throws Exception {
        String response = exchange(requestLine);
        assertThat(response).as(requestLine).startsWith("HTTP/1.1 400");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).as(requestLine)
                .contains("content-security-policy: " + SecurityHeadersFilter.CSP.toLowerCase())
                .contains("x-content-type-options: nosniff")
                .contains("referrer-policy: strict-origin-when-cross-origin");
        assertThat(response).as(requestLine).doesNotContain("Apache Tomcat");
    }
}
