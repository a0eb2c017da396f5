package nl.workinnl.assistant.staffarea;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar assistant.jar hash-password}: reads a password (without echo on a terminal, or
 * one line from standard input) and prints its bcrypt hash for {@code assistant.staff.users[n].password-hash}.
 * The service's own encoder, so the hash is one it accepts; no other tool needs installing.
 */
public final class HashPasswordCommand {

    /** bcrypt's cost: about a quarter of a second per login on a small server, slow enough for guessing. */
    static final int STRENGTH = 12;

    private HashPasswordCommand() {}

    public static boolean isInvokedBy(String[] args) {
        return args.length > 0 && "hash-password".equals(args[0]);
    }

    public static int main(String[] args) throws IOException {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < 12) {
            System.err.println("A password of at least 12 characters, please.");
            return 2;
        }
        System.out.println(new BCryptPasswordEncoder(STRENGTH).encode(password));
        return 0;
    }
}
