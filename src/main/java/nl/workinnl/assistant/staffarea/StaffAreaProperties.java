package nl.workinnl.assistant.staffarea;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code assistant.staff}: the staff users (a bcrypt hash each, never a password), how repeated
 * failed logins are slowed, and how long declined questions are kept. No users: the area is off.
 */
@ConfigurationProperties("assistant.staff")
public record StaffAreaProperties(@DefaultValue List<User> users,
                                  @DefaultValue("5") int maxFailures,
                                  @DefaultValue("15m") Duration lockout,
                                  @DefaultValue("90d") Duration retention) {

    public record User(String name, String passwordHash, @DefaultValue("STAFF") Set<StaffRole> roles) {}

    public StaffAreaProperties {
        users = List.copyOf(users);
    }

    public boolean enabled() {
        return users.stream().anyMatch(u -> u.name() != null && !u.name().isBlank()
                && u.passwordHash() != null && !u.passwordHash().isBlank());
    }
}
