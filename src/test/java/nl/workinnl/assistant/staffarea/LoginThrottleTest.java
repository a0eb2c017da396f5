package nl.workinnl.assistant.staffarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.workinnl.assistant.TestDatabase;
import nl.workinnl.assistant.testing.MovingClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The lock-out against the service's own schema, on H2 and on a real PostgreSQL, as the replicas
 * share it. An attempt counts as a failure unless {@code succeeded} follows it.
 */
class LoginThrottleTest {

    private static final byte[] SECRET = "login-throttle-test".getBytes(StandardCharsets.UTF_8);

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T10:00:00Z"));

    private static JdbcClient database(TestDatabase kind) {
        DataSource db = switch (kind) {
            case H2 -> TestDatabase.migratedH2();
            case POSTGRESQL -> {
                DataSource pg = new DriverManagerDataSource(TestDatabase.freshPostgresSchema());
                Flyway.configure().dataSource(pg).locations("classpath:db/migration").load().migrate();
                yield pg;
            }
        };
        return JdbcClient.create(db);
    }

    /** Each throttle, as a replica, tries "anna" from an address of its own, all released at the same moment; what each said. */
    private static List<Boolean> together(List<LoginThrottle> replicas, String addressPrefix) throws Exception {
        CyclicBarrier start = new CyclicBarrier(replicas.size());
        List<Boolean> passed = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(replicas.size())) {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < replicas.size(); i++) {
                LoginThrottle replica = replicas.get(i);
                String address = addressPrefix + i;
                done.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return replica.attempt("anna", address);
                }));
            }
            for (Future<Boolean> f : done) {
                passed.add(f.get(30, TimeUnit.SECONDS));
            }
        }
        return passed;
    }

    private LoginThrottle throttle(JdbcClient jdbc, int maxFailures) {
        return new LoginThrottle(jdbc, SECRET, maxFailures, Duration.ofMinutes(15), clock);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void locksAfterTheFailuresForTheLockoutThenForgives(TestDatabase kind) {
        LoginThrottle throttle = throttle(database(kind), 3);
        throttle.attempt("anna", "10.0.0.1");
        throttle.attempt("anna", "10.0.0.2");
        assertThat(throttle.locked("anna", "10.0.0.3")).isFalse();
        throttle.attempt("Anna", "10.0.0.3");
        assertThat(throttle.locked("anna", "10.0.0.9")).isTrue();
        assertThat(throttle.locked("ANNA", "10.0.0.9")).isTrue();
        assertThat(throttle.locked("bob", "10.0.0.9")).isFalse();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.locked("anna", "10.0.0.9")).isFalse();
        // After the lock-out one more failure does not lock again at once: the count starts over.
        throttle.attempt("anna", "10.0.0.1");
        assertThat(throttle.locked("anna", "10.0.0.9")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAddressTryingManyNamesIsLocked(TestDatabase kind) {
        LoginThrottle throttle = throttle(database(kind), 3);
        throttle.attempt("a", "10.0.0.1");
        throttle.attempt("b", "10.0.0.1");
        throttle.attempt("c", "10.0.0.1");
        assertThat(throttle.locked("d", "10.0.0.1")).isTrue();
        assertThat(throttle.locked("d", "10.0.0.2")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSuccessForgivesTheUserButGivesTheAddressBackOnlyItsOwnAttempt(TestDatabase kind) {
        LoginThrottle throttle = throttle(database(kind), 2);
        throttle.attempt("anna", "10.0.0.1");
        assertThat(throttle.attempt("anna", "10.0.0.2")).isTrue();
        throttle.succeeded("anna", "10.0.0.2");
        throttle.attempt("anna", "10.0.0.3");
        assertThat(throttle.locked("anna", "10.0.0.4")).isFalse();

        throttle.attempt("a", "10.0.9.9");
        assertThat(throttle.attempt("b", "10.0.9.9")).isTrue();
        throttle.succeeded("b", "10.0.9.9");
        assertThat(throttle.locked("c", "10.0.9.9")).isFalse();
        throttle.attempt("c", "10.0.9.9");
        assertThat(throttle.locked("d", "10.0.9.9")).as("the address keeps its own failures").isTrue();
    }

    /** Attempts arriving together at several replicas: no more than the limit get their password checked. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void attemptsArrivingTogetherPassNoMoreThanTheLimit(TestDatabase kind) throws Exception {
        JdbcClient shared = database(kind);
        List<LoginThrottle> replicas = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            replicas.add(throttle(shared, 3));
        }
        long passed = together(replicas, "10.0.3.").stream().filter(Boolean::booleanValue).count();
        // Each reads the count after its own: a burst may leave none through, never more than the limit.
        assertThat(passed).isLessThanOrEqualTo(3);
        assertThat(throttle(shared, 3).locked("anna", "10.0.4.1")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failuresAreForgottenAfterAQuietSpellAsLongAsTheLockout(TestDatabase kind) {
        LoginThrottle throttle = throttle(database(kind), 3);
        throttle.attempt("anna", "10.0.0.1");
        throttle.attempt("anna", "10.0.0.1");
        clock.advance(Duration.ofMinutes(16));
        throttle.attempt("anna", "10.0.0.1");
        assertThat(throttle.locked("anna", "10.0.0.1")).isFalse();
        throttle.attempt("anna", "10.0.0.1");
        throttle.attempt("anna", "10.0.0.1");
        assertThat(throttle.locked("anna", "10.0.0.1")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLockOutOnOneReplicaHoldsOnTheOthersAndFailuresArrivingTogetherAllCount(TestDatabase kind) throws Exception {
        JdbcClient shared = database(kind);
        int replicas = 6;
        List<LoginThrottle> throttles = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            throttles.add(throttle(shared, replicas));
        }
        together(throttles, "10.0.1.");
        for (LoginThrottle replica : throttles) {
            assertThat(replica.locked("anna", "10.0.2.1")).isTrue();
        }
        assertThat(throttle(shared, replicas).locked("anna", "10.0.2.1")).as("a replica started later").isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void neitherTheNameNorTheAddressIsStored(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        throttle(jdbc, 3).attempt("hunter2-password-typed-as-name", "10.0.0.77");
        List<String> keys = jdbc.sql("SELECT key_hash FROM login_failure").query(String.class).list();
        assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(key).matches("[0-9a-f]{64}"));
    }
}
