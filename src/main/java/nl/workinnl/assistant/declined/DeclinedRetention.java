package nl.workinnl.assistant.declined;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes kept questions older than {@code assistant.staff.retention} (90 days by default), every hour and at start-up. */
public final class DeclinedRetention {

    private static final Logger log = LoggerFactory.getLogger(DeclinedRetention.class);

    private final DeclinedStore store;
    private final Duration retention;
    private final Clock clock;

    DeclinedRetention(DeclinedStore store, Duration retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    /** Hourly rather than daily: after a restart, or with replicas, the rows still go within the hour. */
    @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
    public int deleteExpired() {
        LocalDate firstKept = LocalDate.now(clock.withZone(DeclinedQuestions.ZONE)).minusDays(Math.max(1, retention.toDays()));
        int deleted = store.deleteBefore(firstKept);
        if (deleted > 0) {
            log.info("Deleted {} declined questions from before {}", deleted, firstKept);
        }
        return deleted;
    }
}
