package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.workinnl.assistant.TestDatabase;
import nl.workinnl.assistant.telegram.ReplicaCluster.Replica;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a check but a measurement: webhook updates a second through two replicas sharing one
 * PostgreSQL (receive, answer, store in the outbox, the sending replica sends), with Telegram's rate
 * limits lifted so that the service is measured, one update in ten delivered again to the other
 * replica. It counts errors (a delivery not taken) and duplicates (a reply sent twice).
 * Run: {@code ./mvnw test -Dtest=TelegramReplicasThroughputBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TelegramReplicasThroughputBenchmark {

    private static final int CHATS = 200;
    private static final int TURNS = 10;
    private static final List<String> QUESTIONS = List.of("Waar vraag ik een DigiD aan?", "Czy pracodawca może odliczać czynsz od pensji?",
            "Unde găsesc ajutor juridic gratuit?", "Колко квадратни метра трябва да има на човек?",
            "My boss took my passport, what can I do?", "Welke maatregelen zijn vertraagd?");

    @TempDir
    Path dirs;

    @Test
    void updatesPerSecondThroughTwoReplicas() throws Exception {
        try (FakeBotApi api = FakeBotApi.start();
             ReplicaCluster cluster = new ReplicaCluster(api, dirs, TestDatabase.freshPostgresSchema())) {
            String[] unlimited = {"--telegram.per-second=100000", "--telegram.per-chat=0ms", "--telegram.outbox-scan=50ms",
                    "--logging.level.root=WARN"};
            Replica first = cluster.start("replica-1", unlimited);
            Replica second = cluster.start("replica-2", unlimited);
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger repeated = new AtomicInteger();
            long start = System.nanoTime();
            try (ExecutorService senders = Executors.newFixedThreadPool(32)) {
                List<Future<?>> work = new ArrayList<>();
                for (int c = 1; c <= CHATS; c++) {
                    int index = c;
                    work.add(senders.submit(() -> {
                        for (int turn = 0; turn < TURNS; turn++) {
                            long updateId = index * 100L + turn;
                            String body = ReplicaCluster.update(updateId, 7000 + index, QUESTIONS.get((index + turn) % QUESTIONS.size()));
                            Replica to = (index + turn) % 2 == 0 ? first : second;
                            if (!cluster.deliver(to, body)) {
                                errors.incrementAndGet();
                            }
                            if ((index * TURNS + turn) % 10 == 0) {
                                repeated.incrementAndGet();
                                if (!cluster.deliver(to == first ? second : first, body)) {
                                    errors.incrementAndGet();
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            }
            double taken = (System.nanoTime() - start) / 1e9;
            int updates = CHATS * TURNS;
            api.awaitSent(updates, ReplicaCluster.WAIT);
            double seconds = (System.nanoTime() - start) / 1e9;
            // Killed, nothing more can be sent: what is beyond one reply an update is a duplicate.
            cluster.close();
            Map<Long, Long> perChat = api.sent().stream().collect(Collectors.groupingBy(FakeBotApi.Sent::chatId, Collectors.counting()));
            long duplicates = perChat.values().stream().mapToLong(n -> Math.max(0, n - TURNS)).sum();
            System.out.printf(Locale.ROOT, "TWO REPLICAS on PostgreSQL: %d updates (+%d repeated deliveries) taken in %.2f s, "
                    + "all %d replies sent after %.2f s = %.0f updates/s; errors %d, duplicates %d%n",
                    updates, repeated.get(), taken, api.sent().size(), seconds, updates / seconds, errors.get(), duplicates);
            assertThat(perChat).hasSize(CHATS);
        }
    }
}
