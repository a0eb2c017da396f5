package nl.workinnl.assistant.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.workinnl.assistant.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** Replicas starting on one new database at once all come up with the schema migrated once. */
class RetryingMigrationTest {

    /** A Flyway whose first migrations fail, as one does while another replica creates the tables. */
    private static Flyway failingFirst(int failures, AtomicInteger calls) {
        return new Flyway(Flyway.configure()) {
            @Override
            public MigrateResult migrate() {
                if (calls.incrementAndGet() <= failures) {
                    throw new FlywayException("Unable to baseline schema history table as it already exists, and is empty.");
                }
                return null;
            }
        };
    }

    @Test
    void aMigrationThatFailsWhileAnotherReplicaMigratesIsTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        new RetryingMigration(5, Duration.ZERO).migrate(failingFirst(2, calls));
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void aMigrationThatKeepsFailingFailsStartUp() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new RetryingMigration(3, Duration.ZERO).migrate(failingFirst(10, calls)))
                .isInstanceOf(FlywayException.class);
        assertThat(calls.get()).isEqualTo(3);
    }

    /**
     * Real PostgreSQL: in each round four "replicas" migrate one new schema at the same moment, with
     * the service's Flyway settings. Plain migration fails some of them now and then; with the
     * retries every one succeeds and the schema is at the last version once.
     */
    @Test
    void replicasMigratingOneNewPostgresSchemaAtOnceAllSucceed() throws Exception {
        for (int round = 0; round < 5; round++) {
            String url = TestDatabase.freshPostgresSchema();
            int replicas = 4;
            CyclicBarrier start = new CyclicBarrier(replicas);
            try (ExecutorService threads = Executors.newFixedThreadPool(replicas)) {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < replicas; i++) {
                    done.add(threads.submit(() -> {
                        Flyway flyway = Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration")
                                .baselineOnMigrate(true).baselineVersion("1").load();
                        start.await(10, TimeUnit.SECONDS);
                        new RetryingMigration(5, Duration.ofMillis(500)).migrate(flyway);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
            try (Connection c = DriverManager.getConnection(url);
                 var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version = '6'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("round " + round + ": the last migration applied once").isEqualTo(1);
            }
        }
    }
}
