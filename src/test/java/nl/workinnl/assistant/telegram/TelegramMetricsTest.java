package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * What an operator scrapes of the bot (README, "Running with Docker") moves as the bot works: an
 * update processed, a reply held back by a 429 and then sent, the outbox filling while it waits and
 * empty again after. Each context has a registry of its own, so the counts are exact.
 */
class TelegramMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    private final FakeBotApi api = FakeBotApi.start();
    private ConfigurableApplicationContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        api.close();
    }

    private String scrape() {
        String port = context.getEnvironment().getProperty("local.management.port");
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/prometheus").retrieve().body(String.class);
    }

    /** The value of the one sample of this name whose labels contain this text; -1 when there is none. */
    private static double sample(String scrape, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(scrape);
        while (m.find()) {
            if (m.group(1) == null ? label.isEmpty() : m.group(1).contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return -1;
    }

    @Test
    void updatesSendsA429AndTheOutboxMoveTheMetrics() {
        context = BotContext.start(api, dataDir);
        assertThat(sample(scrape(), "assistant_telegram_outbox_depth", "")).isZero();
        api.failNext("sendMessage", FakeBotApi.Fault.tooManyRequests(3));
        api.pushText(1301, "Waar vraag ik een DigiD aan?", "nl");

        api.await("the reply Telegram holds back counted in the outbox",
                () -> sample(scrape(), "assistant_telegram_outbox_depth", "") == 1, WAIT);
        api.awaitSentTo(1301, 1, WAIT);
        api.await("the outbox empty again", () -> sample(scrape(), "assistant_telegram_outbox_depth", "") == 0, WAIT);

        String scrape = scrape();
        assertThat(sample(scrape, "assistant_telegram_outbox_age_seconds", "")).isZero();
        assertThat(sample(scrape, "assistant_telegram_updates_total", "outcome=\"processed\"")).isEqualTo(1);
        assertThat(sample(scrape, "assistant_telegram_sends_total", "outcome=\"too_many_requests\"")).isEqualTo(1);
        assertThat(sample(scrape, "assistant_telegram_sends_total", "outcome=\"ok\"")).isEqualTo(1);
        assertThat(scrape).containsPattern("assistant_questions_total\\{[^}]*channel=\"telegram\"").doesNotContain("DigiD");
    }
}
