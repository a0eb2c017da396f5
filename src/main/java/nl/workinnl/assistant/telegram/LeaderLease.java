package nl.workinnl.assistant.telegram;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A lease on a role in the shared database: whoever holds it unexpired does the role's work alone.
 * Written here rather than taken from a library (ShedLock, Spring Integration's lock registry)
 * because one conditional UPDATE on a one-row table is all it needs, and it runs on H2 and
 * PostgreSQL alike. Expiry is compared with the database's own clock, so replicas whose clocks
 * differ still agree on it.
 */
final class LeaderLease {

    private final JdbcClient jdbc;
    private final String role;
    private final Duration ttl;
    private final String holder = UUID.randomUUID().toString();

    LeaderLease(JdbcClient jdbc, String role, Duration ttl) {
        this.jdbc = jdbc;
        this.role = role;
        this.ttl = ttl;
    }

    /** Renews the lease if this replica holds it, takes it if it has run out; true when held now. */
    boolean holdOrTake() {
        Timestamp now = databaseNow();
        Timestamp until = new Timestamp(now.getTime() + ttl.toMillis());
        int updated = jdbc.sql("UPDATE leader_lease SET holder = ?, expires_at = ? WHERE role = ? AND (holder = ? OR expires_at < ?)")
                .params(holder, until, role, holder, now).update();
        if (updated == 1) {
            return true;
        }
        try {
            return jdbc.sql("INSERT INTO leader_lease (role, holder, expires_at) VALUES (?, ?, ?)")
                    .params(role, holder, until).update() == 1;
        } catch (DuplicateKeyException e) {
            return false; // another replica holds it
        }
    }

    /** Gives the lease up at once (on a clean stop), so another replica need not wait for it to run out. */
    void release() {
        jdbc.sql("DELETE FROM leader_lease WHERE role = ? AND holder = ?").params(role, holder).update();
    }

    private Timestamp databaseNow() {
        return jdbc.sql("SELECT LOCALTIMESTAMP").query(Timestamp.class).single();
    }

}
