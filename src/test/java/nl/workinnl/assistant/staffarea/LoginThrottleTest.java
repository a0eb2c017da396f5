package nl.workinnl.assistant.staffarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.workinnl.assistant.testing.MovingClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void locksAfterTheFailuresForTheLockoutThenForgives() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-01T10:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.2");
        assertThat(throttle.locked("anna", "10.0.0.3")).isFalse();
        throttle.failed("Anna", "10.0.0.3");
        assertThat(throttle.locked("anna", "10.0.0.9")).isTrue();
        assertThat(throttle.locked("ANNA", "10.0.0.9")).isTrue();
        assertThat(throttle.locked("bob", "10.0.0.9")).isFalse();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.locked("anna", "10.0.0.9")).isFalse();
        // After the lock-out one more failure does not lock again at once: the count starts over.
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.locked("anna", "10.0.0.9")).isFalse();
    }

    @Test
    void anAddressTryingManyNamesIsLocked() {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), new MovingClock(Instant.parse("2026-12-01T10:00:00Z")));
        throttle.failed("a", "10.0.0.1");
        throttle.failed("b", "10.0.0.1");
        throttle.failed("c", "10.0.0.1");
        assertThat(throttle.locked("d", "10.0.0.1")).isTrue();
        assertThat(throttle.locked("d", "10.0.0.2")).isFalse();
    }

    @Test
    void aSuccessForgivesTheUser() {
        LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(15), new MovingClock(Instant.parse("2026-12-01T10:00:00Z")));
        throttle.failed("anna", "10.0.0.1");
        throttle.succeeded("anna");
        throttle.failed("anna", "10.0.0.2");
        assertThat(throttle.locked("anna", "10.0.0.3")).isFalse();
    }
}
