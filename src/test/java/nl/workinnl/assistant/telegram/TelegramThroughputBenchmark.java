package nl.workinnl.assistant.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a check but a measurement: updates a second end to end (long poll, answer, outbox, send)
 * through the fake Bot API, with Telegram's rate limits lifted so that the pipeline is measured.
 * Run: {@code ./mvnw test -Dtest=TelegramThroughputBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TelegramThroughputBenchmark {

    @TempDir
    Path dataDir;

    @Test
    void updatesPerSecond() {
        List<String> questions = List.of("Waar vraag ik een DigiD aan?", "Czy pracodawca może odliczać czynsz od pensji?",
                "Unde găsesc ajutor juridic gratuit?", "Колко квадратни метра трябва да има на човек?",
                "My boss took my passport, what can I do?", "Welke maatregelen zijn vertraagd?");
        try (FakeBotApi api = FakeBotApi.start()) {
            ConfigurableApplicationContext context = BotContext.start(api, dataDir, "--telegram.per-chat=0ms",
                    "--telegram.per-second=100000", "--logging.level.root=WARN");
            try {
                for (int round = 0; round < 2; round++) {
                    int n = 2000;
                    int before = api.sent().size();
                    long start = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        api.pushText(10_000 + (i % 200), questions.get(i % questions.size()), "en");
                    }
                    api.awaitSent(before + n, Duration.ofMinutes(3));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "TELEGRAM round %d: %d updates in %.2f s = %.0f updates/s%n",
                            round, n, seconds, n / seconds);
                }
            } finally {
                context.close();
            }
        }
    }
}
