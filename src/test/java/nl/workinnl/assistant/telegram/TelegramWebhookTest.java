package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Webhook mode: the secret-token header is checked, bad bodies get a clear 4xx, and an update the
 * client cannot decode is acknowledged (Telegram would otherwise repeat it) and logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramWebhookTest {

    private static final String SECRET = "s3cret-Token_123";

    @TempDir
    static Path dataDir;

    private static FakeBotApi api;
    private static ConfigurableApplicationContext context;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        api = FakeBotApi.start();
        context = BotContext.start(api, dataDir, "--telegram.mode=webhook",
                "--telegram.webhook-url=https://assistant.example/telegram/webhook", "--telegram.webhook-secret=" + SECRET);
    }

    @AfterAll
    static void stop() {
        context.close();
        api.close();
    }

    private static HttpResponse<String> post(String secret, String body) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String update(long updateId, long chatId, String text) {
        return """
                {"update_id": %d, "message": {"message_id": 1, "date": 1764489600,
                 "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "A", "language_code": "nl"},
                 "text": "%s"}}""".formatted(updateId, chatId, chatId, text);
    }

    @Test
    void theWebhookIsRegisteredWithItsSecretAndPollingIsOff() {
        assertThat(api.webhookUrl()).isEqualTo("https://assistant.example/telegram/webhook");
        assertThat(api.webhookSecret()).isEqualTo(SECRET);
        assertThat(api.requestCount("getUpdates")).isZero();
    }

    @Test
    void anUpdateWithTheRightSecretIsAnsweredOnceEvenWhenDeliveredTwice() throws Exception {
        assertThat(post(SECRET, update(10, 4001, "Waar vraag ik een DigiD aan?")).statusCode()).isEqualTo(200);
        assertThat(post(SECRET, update(10, 4001, "Waar vraag ik een DigiD aan?")).statusCode()).isEqualTo(200);
        api.awaitSentTo(4001, 1, Duration.ofSeconds(10));
        Thread.sleep(500);
        assertThat(api.sentTo(4001)).hasSize(1);
    }

    @Test
    void aWrongOrMissingSecretIs401AndTheUpdateIsNeverProcessed() throws Exception {
        HttpResponse<String> wrong = post("guess", update(11, 4002, "hallo"));
        HttpResponse<String> missing = post(null, update(12, 4002, "hallo"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("error");
        Thread.sleep(500);
        assertThat(api.sentTo(4002)).isEmpty();
        // The same update ids with the right secret are still new: nothing was recorded for them.
        assertThat(post(SECRET, update(11, 4002, "hallo")).statusCode()).isEqualTo(200);
        api.awaitSentTo(4002, 1, Duration.ofSeconds(10));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> res = post(SECRET, "{\"update_id\": 13, \"message\": ");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("error");
        assertThat(post(SECRET, "[1, 2]").statusCode()).isEqualTo(400);
        assertThat(post(SECRET, "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void anUndecodableUpdateIsAcknowledgedAndLoggedAndTheNextIsAnswered(CapturedOutput output) throws Exception {
        List<String> poison = List.of(
                update(20, 4004, "x").replace("\"text\": \"x\"", "\"text\": {\"bold\": \"Mijn BSN is 123456782\"}"),
                update(21, 4004, "Mijn BSN is 123456782").replace("\"id\": 4004, \"type\"", "\"id\": 18446744073709551623, \"type\""),
                update(22, 4004, "Mijn BSN is 123456782").replace("\"message_id\": 1,", "\"message_id\": 2147483655,"),
                update(23, 4004, "Mijn BSN is 123456782").replace("\"date\": 1764489600", "\"date\": \"yesterday\""));
        for (int i = 0; i < poison.size(); i++) {
            String body = poison.get(i);
            assertThat(body).as("tampered").isNotEqualTo(update(20 + i, 4004, i == 0 ? "x" : "Mijn BSN is 123456782"));
            HttpResponse<String> res = post(SECRET, body);
            assertThat(res.statusCode()).as(body).isEqualTo(200);
        }
        assertThat(post(SECRET, update(24, 4005, "Waar vraag ik een DigiD aan?")).statusCode()).isEqualTo(200);
        api.awaitSentTo(4005, 1, Duration.ofSeconds(10));
        assertThat(api.sentTo(4004)).isEmpty();
        for (int id = 20; id <= 23; id++) {
            assertThat(output.getAll()).contains("WARN").contains("update " + id + " ");
        }
        assertThat(output.getAll()).doesNotContain("123456782").doesNotContain("18446744073709551623").doesNotContain("yesterday");
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        String huge = update(14, 4003, "x".repeat(300_000));
        HttpResponse<String> res = post(SECRET, huge);
        assertThat(res.statusCode()).isEqualTo(413);
        Thread.sleep(300);
        assertThat(api.sentTo(4003)).isEmpty();
    }
}
