package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.TestDatabase;
import nl.workinnl.assistant.telegram.ReplicaCluster.Replica;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas in polling mode on one PostgreSQL: exactly one polls Telegram at a time (two pollers
 * would each hold a long poll open, and Telegram answers the second with 409), the other waits for
 * the lease; when the polling replica is killed with SIGKILL, the other takes over once its lease
 * has run out and answers what came meanwhile.
 */
class TelegramPollingReplicasTest {

    private static final Duration WAIT = ReplicaCluster.WAIT;
    private static final Pattern UPDATES = Pattern.compile("(?m)^assistant_telegram_updates_total(\\{[^}]*})? ([0-9.E]+)$");

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

    @Test
    void exactlyOneReplicaPollsAndTheOtherTakesOverWhenItDies() throws Exception {
        cluster = new ReplicaCluster(api, dirs, TestDatabase.freshPostgresSchema());
        // A poll waits at most a second, less than the lease lasts: a dead poller's last poll is over
        // before another replica may take the lease.
        String[] polling = {"--telegram.mode=polling", "--telegram.poll-timeout=1s", "--telegram.lease-ttl=3s",
                "--telegram.lease-renew=500ms", "--telegram.per-chat=100ms"};
        List<Replica> replicas = cluster.startTogether(List.of("replica-1", "replica-2"), polling);

        for (long chat = 1; chat <= 5; chat++) {
            api.pushText(chat, "Waar kan ik een DigiD aanvragen?", "nl");
            api.pushText(chat, "Wat is de status van werk-4?", "nl");
        }
        for (long chat = 1; chat <= 5; chat++) {
            assertThat(api.awaitSentTo(chat, 2, WAIT)).hasSize(2);
        }
        assertThat(api.mostPollsAtOnce()).as("polls open at once").isEqualTo(1);
        double first = updates(replicas.get(0));
        double second = updates(replicas.get(1));
        assertThat(first + second).as("updates handled over both").isEqualTo(10);
        assertThat(Math.min(first, second)).as("the replica that does not hold the lease handled none").isZero();

        Replica poller = first > 0 ? replicas.get(0) : replicas.get(1);
        Replica other = poller == replicas.get(0) ? replicas.get(1) : replicas.get(0);
        poller.process().kill();
        for (long chat = 6; chat <= 8; chat++) {
            api.pushText(chat, "Waar kan ik een DigiD aanvragen?", "nl");
        }
        for (long chat = 6; chat <= 8; chat++) {
            assertThat(api.awaitSentTo(chat, 1, WAIT)).hasSize(1);
        }
        assertThat(updates(other)).as("the other replica polls now").isEqualTo(3);
        assertThat(api.mostPollsAtOnce()).as("polls open at once, the takeover included").isEqualTo(1);
        for (long chat = 1; chat <= 5; chat++) {
            assertThat(api.sentTo(chat)).as("nothing answered twice").hasSize(2);
        }
    }

    /**
     * Stopped cleanly (SIGTERM), the polling replica gives its lease up: the other polls at once, long
     * before the lease would have run out (a minute here).
     */
    @Test
    void aReplicaStoppedCleanlyHandsItsLeaseOverAtOnce() throws Exception {
        cluster = new ReplicaCluster(api, dirs, TestDatabase.freshPostgresSchema());
        String[] polling = {"--telegram.mode=polling", "--telegram.poll-timeout=1s", "--telegram.lease-ttl=60s",
                "--telegram.lease-renew=500ms"};
        List<Replica> replicas = cluster.startTogether(List.of("replica-1", "replica-2"), polling);
        api.pushText(1, "Waar kan ik een DigiD aanvragen?", "nl");
        assertThat(api.awaitSentTo(1, 1, WAIT)).hasSize(1);
        Replica poller = updates(replicas.get(0)) > 0 ? replicas.get(0) : replicas.get(1);
        Replica other = poller == replicas.get(0) ? replicas.get(1) : replicas.get(0);

        assertThat(poller.process().terminate(Duration.ofSeconds(60))).as("exit code after SIGTERM").isEqualTo(143);
        api.pushText(2, "Waar kan ik een DigiD aanvragen?", "nl");
        // Well within the minute the lease would last if it were not given up.
        assertThat(api.awaitSentTo(2, 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(updates(other)).isEqualTo(1);
    }

    private double updates(Replica replica) {
        Matcher m = UPDATES.matcher(cluster.metrics(replica));
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(2));
        }
        return total;
    }
}
