package nl.workinnl.assistant.database;

import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the schema, and tries again when another replica is migrating the same new database at
 * that moment. Flyway locks the migrations themselves, but its check whether a schema is new comes
 * before the lock: a replica that looks while the other is creating the tables finds them without
 * their history and fails ("Unable to baseline schema history table ... as it already exists, and
 * is empty"). A moment later the other has finished, and migrating again finds nothing to do.
 */
final class RetryingMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(RetryingMigration.class);

    private final int attempts;
    private final Duration pause;

    RetryingMigration(int attempts, Duration pause) {
        this.attempts = attempts;
        this.pause = pause;
    }

    @Override
    public void migrate(Flyway flyway) {
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                log.warn("Migrating the database failed (attempt {} of {}), perhaps while another replica migrates it: {}",
                        attempt, attempts, e.getMessage());
                pause(attempt);
            }
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(pause.multipliedBy(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to migrate the database again", e);
        }
    }
}
