package nl.workinnl.assistant.staffarea;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Staff users for a test's service, as the configuration takes them (assistant.staff.users[i]). */
final class StaffUsers {

    /** The lowest bcrypt cost, to keep the tests quick; the configuration takes any bcrypt hash. */
    private static final BCryptPasswordEncoder QUICK = new BCryptPasswordEncoder(4);

    private StaffUsers() {
    }

    /** {@code roles}: comma-separated, as in the configuration ("STAFF,EDITOR"). */
    static void add(DynamicPropertyRegistry registry, int index, String name, String password, String roles) {
        String user = "assistant.staff.users[" + index + "].";
        registry.add(user + "name", () -> name);
        registry.add(user + "password-hash", () -> QUICK.encode(password));
        registry.add(user + "roles", () -> roles);
    }
}
