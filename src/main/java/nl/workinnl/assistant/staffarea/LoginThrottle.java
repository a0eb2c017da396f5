package nl.workinnl.assistant.staffarea;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Locks a user name, and separately a client address, after {@code maxFailures} failed logins in a
 * row for {@code lockout}: per user so that one account cannot be guessed at from many addresses,
 * per address so that one client cannot try many accounts. In memory, per replica: a restart
 * forgives, which bcrypt's cost and the limit still keep far from brute force.
 */
final class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {}

    /** Beyond this many keys the oldest state is dropped rather than growing without bound. */
    private static final int MAX_KEYS = 100_000;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    boolean locked(String user, String address) {
        return lockedKey(userKey(user)) || lockedKey("a:" + address);
    }

    /** Spring's in-memory users ignore case: so does the count, or "Erika", "ERIKA"... would each get their own tries. */
    private static String userKey(String user) {
        return "u:" + String.valueOf(user).toLowerCase(java.util.Locale.ROOT);
    }

    void failed(String user, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        count(userKey(user));
        count("a:" + address);
    }

    /** A success forgives the user's failures; the address keeps its count, so it cannot reset itself with its own account. */
    void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private boolean lockedKey(String key) {
        Failures f = failures.get(key);
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    private void count(String key) {
        failures.compute(key, (k, f) -> {
            int count = f == null || (f.lockedUntil() != null && !clock.instant().isBefore(f.lockedUntil())) ? 1 : f.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
        });
    }
}
