package nl.workinnl.assistant.staffarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without a configured user the staff area is off: its page says how to switch it on, and no password at all lets anyone in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffAreaOffTest {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Test
    void theAreaSaysItIsOffAndLetsNobodyIn() throws Exception {
        StaffClient client = new StaffClient(port, 41);
        HttpResponse<String> login = client.get("/staff/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("The staff area is off").contains("ASSISTANT_STAFF_USERS_0_NAME")
                .doesNotContain("name=\"password\"");
        assertThat(client.get("/staff").statusCode()).isEqualTo(302);
        assertThat(client.get("/staff/api/questions").statusCode()).isEqualTo(401);
        // Spring Boot's generated "user" with a password in the log does not exist either.
        assertThatThrownBy(() -> users.loadUserByUsername("user")).isInstanceOf(UsernameNotFoundException.class);
    }
}
