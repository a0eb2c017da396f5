package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.workinnl.assistant.TestDatabase;
import nl.workinnl.assistant.telegram.ReplicaCluster.Replica;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the service in webhook mode share one PostgreSQL behind an imagined load
 * balancer: 1,000 updates of 100 chats are spread over both, one in ten delivered a second time to
 * the other replica (as Telegram repeats a delivery it saw no answer to), and the replica that sends
 * is killed with SIGKILL halfway. Every update must be answered, in order per chat, within the rate
 * limits, and repeated at most where a send was in flight at the kill. Replicas need a shared
 * database, so that runs on PostgreSQL; the same promise for the one instance the embedded H2
 * allows is the second test (killed and started again on its database).
 */
class TelegramReplicasTest {

    private static final Duration WAIT = ReplicaCluster.WAIT;
    private static final int CHATS = 100;
    private static final int TURNS = 10;
    private static final int PER_SECOND = 60;
    private static final Duration PER_CHAT = Duration.ofMillis(200);
    private static final List<String> MEASURES = List.of("werk-1", "werk-2", "werk-3", "werk-4", "werk-5", "werk-6",
            "zorg-1", "zorg-2", "zorg-3", "zorg-4");

    @TempDir
    Path dirs;

    private final FakeBotApi api = FakeBotApi.start();
    private ReplicaCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
        api.close();
    }

    private Replica start(String name) throws IOException {
        return cluster.start(name, "--telegram.per-second=" + PER_SECOND, "--telegram.per-chat=" + PER_CHAT.toMillis() + "ms",
                "--telegram.lease-ttl=3s", "--telegram.lease-renew=500ms", "--telegram.outbox-scan=100ms");
    }

    private boolean deliver(Replica replica, String update) {
        return cluster.deliver(replica, update);
    }

    @Test
    void twoReplicasOnPostgresAnswerEveryUpdateOnceInOrderWithinTheLimitsWhenTheSenderIsKilled() throws Exception {
        cluster = new ReplicaCluster(api, dirs, TestDatabase.freshPostgresSchema());
        Replica first = start("replica-1"); // ready first, it takes the lease: the one that sends
        Replica second = start("replica-2");

        // Each chat asks about ten measures in turn, one after the other as a person does; the chats
        // run side by side. Update k of a chat goes to one replica, a repeat of it to the other.
        Random random = new Random(42);
        Map<Long, List<Integer>> repeats = new HashMap<>();
        for (long chat = 1; chat <= CHATS; chat++) {
            List<Integer> repeated = new ArrayList<>();
            for (int turn = 0; turn < TURNS; turn++) {
                if (random.nextInt(10) == 0) {
                    repeated.add(turn);
                }
            }
            repeats.put(chat, repeated);
        }
        int[] delivered = new int[1];
        Object progress = new Object();
        ExecutorService chats = Executors.newFixedThreadPool(20);
        List<Future<?>> work = new ArrayList<>();
        for (long c = 1; c <= CHATS; c++) {
            long chat = 5000 + c;
            long index = c;
            work.add(chats.submit(() -> {
                for (int turn = 0; turn < TURNS; turn++) {
                    long updateId = index * 100 + turn;
                    String body = ReplicaCluster.update(updateId, chat, MEASURES.get(turn));
                    Replica to = (index + turn) % 2 == 0 ? first : second;
                    Replica other = to == first ? second : first;
                    // A delivery that got no answer (the replica was killed) is repeated to the other, as Telegram does.
                    boolean taken = deliver(to, body) || deliver(other, body);
                    assertThat(taken).as("update " + updateId + " taken by a replica").isTrue();
                    if (repeats.get(index).contains(turn)) {
                        if (!deliver(other, body)) {
                            deliver(to, body);
                        }
                    }
                    synchronized (progress) {
                        delivered[0]++;
                        progress.notifyAll();
                    }
                }
                return null;
            }));
        }
        // Halfway, the replica that sends is killed.
        synchronized (progress) {
            while (delivered[0] < CHATS * TURNS / 2) {
                progress.wait(1000);
            }
        }
        long killedAt = System.nanoTime();
        first.process().kill();
        for (Future<?> f : work) {
            f.get();
        }
        chats.shutdown();

        api.await("a reply to every update", () -> api.sent().stream().map(FakeBotApi.Sent::chatId).distinct().count() == CHATS
                && api.sent().stream().collect(Collectors.groupingBy(FakeBotApi.Sent::chatId, Collectors.counting()))
                        .values().stream().allMatch(n -> n >= TURNS), WAIT);

        List<FakeBotApi.Sent> sent = api.sent();
        int duplicates = 0;
        for (long chat = 5001; chat <= 5000 + CHATS; chat++) {
            long id = chat;
            List<FakeBotApi.Sent> toChat = sent.stream().filter(s -> s.chatId() == id).toList();
            assertThat(measuresAnswered(toChat)).as("the replies to chat " + chat + ", in order, each once").isEqualTo(MEASURES);
            int repeatsHere = toChat.size() - TURNS;
            for (int i = 1; i < toChat.size(); i++) {
                if (toChat.get(i).text().equals(toChat.get(i - 1).text())) {
                    // Only a reply the killed replica had sent but not yet marked sent goes out again: the
                    // first copy came from it (at the latest just after the kill, from its socket's buffer),
                    // the second from the other, which can lead only when the lease (3 s) has run out.
                    long settled = killedAt + Duration.ofSeconds(1).toNanos();
                    assertThat(toChat.get(i - 1).nanos()).as("a repeat to chat " + chat + " of a reply sent before the kill")
                            .isLessThan(settled);
                    assertThat(toChat.get(i).nanos()).isGreaterThan(settled);
                }
            }
            assertThat(repeatsHere).as("repeats to chat " + chat + ": " + toChat.stream()
                    .map(s -> s.text().substring(0, Math.min(60, s.text().length()))).toList()).isLessThanOrEqualTo(1);
            duplicates += repeatsHere;
            for (int i = 1; i < toChat.size(); i++) {
                assertThat(Duration.ofNanos(toChat.get(i).nanos() - toChat.get(i - 1).nanos()))
                        .as("the gap between two messages to chat " + chat).isGreaterThanOrEqualTo(PER_CHAT.minusMillis(20));
            }
        }
        for (int i = PER_SECOND; i < sent.size(); i++) {
            assertThat(Duration.ofNanos(sent.get(i).nanos() - sent.get(i - PER_SECOND).nanos()))
                    .as("the " + PER_SECOND + " messages before message " + i).isGreaterThanOrEqualTo(Duration.ofMillis(980));
        }
        System.out.printf("two replicas on PostgreSQL: %d updates (%d repeated deliveries), %d replies, %d repeated after the SIGKILL%n",
                CHATS * TURNS, repeats.values().stream().mapToInt(List::size).sum(), sent.size(), duplicates);
    }

    /**
     * The same promise on the embedded H2, which one instance owns: 300 webhook updates of 30 chats,
     * one in ten delivered twice, the instance killed with SIGKILL halfway and started again on its
     * database, while Telegram (here the chats' threads) repeats every delivery that got no answer.
     * Every update is answered, in order per chat, and repeated at most where a send was in flight.
     */
    @Test
    void oneInstanceOnH2AnswersEveryUpdateOnceInOrderAcrossASigkill() throws Exception {
        Path data = dirs.resolve("h2");
        cluster = new ReplicaCluster(api, dirs, "jdbc:h2:file:" + data.resolve("assistant") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        int chats = 30;
        java.util.concurrent.atomic.AtomicReference<Replica> current = new java.util.concurrent.atomic.AtomicReference<>(start("single"));
        Random random = new Random(43);
        int[] delivered = new int[1];
        Object progress = new Object();
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Future<?>> work = new ArrayList<>();
        int repeated = 0;
        for (long c = 1; c <= chats; c++) {
            long chat = 7000 + c;
            long index = c;
            List<Integer> again = new ArrayList<>();
            for (int turn = 0; turn < TURNS; turn++) {
                if (random.nextInt(10) == 0) {
                    again.add(turn);
                }
            }
            repeated += again.size();
            work.add(threads.submit(() -> {
                for (int turn = 0; turn < TURNS; turn++) {
                    String body = ReplicaCluster.update(index * 100 + turn, chat, MEASURES.get(turn));
                    deliverUntilTaken(current, body);
                    if (again.contains(turn)) {
                        deliverUntilTaken(current, body);
                    }
                    synchronized (progress) {
                        delivered[0]++;
                        progress.notifyAll();
                    }
                }
                return null;
            }));
        }
        synchronized (progress) {
            while (delivered[0] < chats * TURNS / 2) {
                progress.wait(1000);
            }
        }
        current.get().process().kill();
        current.set(start("single"));
        for (Future<?> f : work) {
            f.get();
        }
        threads.shutdown();

        api.await("a reply to every update", () -> api.sent().stream().collect(Collectors.groupingBy(FakeBotApi.Sent::chatId,
                Collectors.counting())).values().stream().filter(n -> n >= TURNS).count() == chats, WAIT);
        int duplicates = 0;
        for (long chat = 7001; chat <= 7000 + chats; chat++) {
            long id = chat;
            List<FakeBotApi.Sent> toChat = api.sent().stream().filter(s -> s.chatId() == id).toList();
            assertThat(measuresAnswered(toChat)).as("the replies to chat " + chat + ", in order, each once").isEqualTo(MEASURES);
            assertThat(toChat.size() - TURNS).as("replies repeated to chat " + chat).isLessThanOrEqualTo(1);
            duplicates += toChat.size() - TURNS;
        }
        System.out.printf("one instance on H2: %d updates (%d repeated deliveries), %d repeated after the SIGKILL%n",
                chats * TURNS, repeated, duplicates);
    }

    /** The measures the replies name, in the order sent; a repeat (the same reply again) counted once. */
    private static List<String> measuresAnswered(List<FakeBotApi.Sent> replies) {
        List<String> distinct = new ArrayList<>();
        for (FakeBotApi.Sent s : replies) {
            String measure = MEASURES.stream().filter(m -> s.text().contains("/measures/" + m)).findFirst()
                    .orElseThrow(() -> new AssertionError("a reply naming no measure asked: " + s.text()));
            if (distinct.isEmpty() || !distinct.getLast().equals(measure)) {
                distinct.add(measure);
            }
        }
        return distinct;
    }

    /** Posts the update until the instance running takes it, as Telegram repeats a delivery that got no answer. */
    private void deliverUntilTaken(java.util.concurrent.atomic.AtomicReference<Replica> current, String body) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!deliver(current.get(), body)) {
            assertThat(System.nanoTime()).as("a delivery taken before the deadline").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }
}
