package nl.workinnl.assistant.staffarea;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import nl.workinnl.assistant.security.HmacSha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Locks a user name, and separately a client address, after {@code maxFailures} failed logins in a
 * row for {@code lockout}: per user so that one account cannot be guessed at from many addresses,
 * per address so that one client cannot try many accounts. The counts are rows in the database the
 * replicas share, so a lock-out holds on all of them and after a restart; failures are forgotten
 * after a quiet spell as long as the lock-out. Keys are HMACs under a key derived from
 * {@code assistant.conversation.secret}, which replicas share (without it, a random key: a restart forgives).
 *
 * <p>An attempt is counted before its password is checked, and a success takes its count back:
 * counted afterwards, attempts arriving together at several replicas would each pass the check
 * before any was counted. Each count is one UPDATE, read back after it: attempts arriving together
 * each see at least their own count, so no more than {@code maxFailures} get their password checked.
 * Plain SQL that H2 and PostgreSQL both run: every SET expression reads the row as it was.
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final JdbcClient jdbc;
    private final HmacSha256 keys;
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, byte[] secretMaterial, int maxFailures, Duration lockout, Clock clock) {
        this.jdbc = jdbc;
        this.keys = HmacSha256.derivedFrom("login-throttle:".getBytes(StandardCharsets.UTF_8), secretMaterial);
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    boolean locked(String user, String address) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE key_hash IN (?, ?) AND locked_until > ?")
                .params(userKey(user), addressKey(address), clock.millis()).query(Long.class).single() > 0;
    }

    /**
     * Counts a login attempt before its password is checked, as a failure until {@link #succeeded}
     * says otherwise; false when the user or the address is locked, or this attempt is beyond the limit.
     */
    /** What a login attempt may do: go on to its password, be refused as locked, or be refused because it cannot be counted. */
    enum Attempt { ALLOWED, LOCKED, NOT_COUNTED }

    /**
     * {@link #attempt} for the login filters: a database that cannot be reached refuses the login
     * (letting it through uncounted would lift the lock-out while the database is down); any other
     * data error is a bug and is thrown.
     */
    Attempt begin(String user, String address) {
        try {
            return attempt(user, address) ? Attempt.ALLOWED : Attempt.LOCKED;
        } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
            // The cause says which database and why; the stack trace would say nothing more, on every attempt.
            log.warn("Login refused: the database that counts login attempts is unreachable ({})", e.getMostSpecificCause().toString());
            return Attempt.NOT_COUNTED;
        }
    }

    boolean attempt(String user, String address) {
        if (locked(user, address)) {
            return false;
        }
        long now = clock.millis();
        jdbc.sql("DELETE FROM login_failure WHERE last_failed < ? AND (locked_until IS NULL OR locked_until <= ?)")
                .params(now - lockout.toMillis(), now).update();
        String userKey = userKey(user);
        String addressKey = addressKey(address);
        count(userKey, now);
        count(addressKey, now);
        return mostFailures(userKey, addressKey) <= maxFailures;
    }

    /**
     * A success forgives the user's failures; the address only gets this attempt's count back, so it
     * cannot reset itself with its own account. Best effort: the password was right, so a database
     * that fails now keeps the login and only the count stays (it is forgotten after the lock-out).
     */
    void succeeded(String user, String address) {
        try {
            forgive(user, address);
        } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
            log.warn("A successful login's attempt could not be given back: {}", e.getMostSpecificCause().toString());
        }
    }

    private void forgive(String user, String address) {
        jdbc.sql("DELETE FROM login_failure WHERE key_hash = ?").param(userKey(user)).update();
        jdbc.sql("UPDATE login_failure SET failures = failures - 1, locked_until = CASE WHEN failures - 1 >= :max THEN locked_until"
                        + " ELSE NULL END WHERE key_hash = :key AND failures > 0")
                .param("max", maxFailures).param("key", addressKey(address)).update();
    }

    /** The higher count of the two keys, read in one query. */
    private int mostFailures(String userKey, String addressKey) {
        return jdbc.sql("SELECT COALESCE(MAX(failures), 0) FROM login_failure WHERE key_hash IN (?, ?)")
                .params(userKey, addressKey).query(Integer.class).single();
    }

    /** Spring's in-memory users ignore case: so does the count, or "Erika", "ERIKA"... would each get their own tries. */
    private String userKey(String user) {
        return key("u:" + String.valueOf(user).toLowerCase(Locale.ROOT));
    }

    private String addressKey(String address) {
        return key("a:" + address);
    }

    private String key(String plain) {
        return HexFormat.of().formatHex(keys.sign(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** One more failure, or the first after an expired lock; the lock starts with the failure that reaches the limit. */
    private void count(String key, long now) {
        String restarts = "(locked_until IS NOT NULL AND locked_until <= :now)";
        String next = "CASE WHEN " + restarts + " THEN 1 ELSE failures + 1 END";
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = jdbc.sql("UPDATE login_failure SET failures = " + next + ", locked_until = CASE WHEN " + next
                            + " >= :max THEN :until ELSE NULL END, last_failed = :now WHERE key_hash = :key")
                    .param("now", now).param("max", maxFailures).param("until", now + lockout.toMillis()).param("key", key).update();
            if (updated > 0) {
                return;
            }
            try {
                jdbc.sql("INSERT INTO login_failure (key_hash, failures, locked_until, last_failed) VALUES (?, 1, ?, ?)")
                        .params(key, new SqlParameterValue(Types.BIGINT, maxFailures <= 1 ? now + lockout.toMillis() : null), now).update();
                return;
            } catch (DuplicateKeyException another) {
                // Another replica's failure made the row meanwhile: count on it.
            }
        }
        log.warn("A failed staff login could not be counted: its row kept changing under two attempts");
    }
}
