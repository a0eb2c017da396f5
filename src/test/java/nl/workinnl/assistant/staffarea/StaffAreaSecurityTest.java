package nl.workinnl.assistant.staffarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staff area over real HTTP: nothing in it anonymously (401 JSON for its API, the login page for
 * browsers), a wrong password refused, repeated failures locked out, roles kept apart, the session
 * cookie hardened, and the public API left without sessions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"assistant.staff.max-failures=3", "assistant.reload-token=" + StaffAreaSecurityTest.RELOAD_TOKEN})
class StaffAreaSecurityTest {

    static final String RELOAD_TOKEN = "staff-test-reload-token";

    static final String EDITOR_PASSWORD = "correct horse battery";
    static final String STAFF_PASSWORD = "information point desk";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        StaffUsers.add(registry, 0, "erika", EDITOR_PASSWORD, "EDITOR");
        StaffUsers.add(registry, 1, "sam", STAFF_PASSWORD, "STAFF");
        // Only the lock-out test uses her: a locked user would refuse the other tests.
        StaffUsers.add(registry, 2, "lotte", STAFF_PASSWORD, "STAFF");
    }

    static final List<String> PAGES = List.of("/staff", "/staff/", "/staff/measures", "/staff/measures.csv",
            "/staff/questions", "/staff/questions.csv", "/staff/anything");
    static final List<String> API = List.of("/staff/api/questions", "/staff/api/anything");

    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Test
    void anonymousBrowsersAreSentToTheLoginPage() throws Exception {
        StaffClient client = new StaffClient(port, 21);
        for (String page : PAGES) {
            HttpResponse<String> res = client.get(page);
            assertThat(res.statusCode()).as(page).isEqualTo(302);
            assertThat(res.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/staff/login");
        }
        assertThat(client.get("/staff/login").body()).contains("name=\"password\"");
    }

    @Test
    void anonymousApiCallsGet401Json() throws Exception {
        StaffClient client = new StaffClient(port, 22);
        for (String path : API) {
            HttpResponse<String> res = client.get(path);
            assertThat(res.statusCode()).as(path).isEqualTo(401);
            assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(res.body()).contains("\"error\"");
        }
        assertThat(client.postJson("/staff/api/ask", "{\"text\":\"huur\"}", null).statusCode()).isIn(401, 403);
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneLetsIn() throws Exception {
        StaffClient client = new StaffClient(port, 23);
        HttpResponse<String> wrong = client.login("erika", "not the password");
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login?error");
        assertThat(client.get("/staff").statusCode()).isEqualTo(302);

        HttpResponse<String> right = client.login("erika", EDITOR_PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).matches(".*/staff/?(\\?continue)?$");
        String cookie = right.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("STAFFSESSION=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/staff");
        HttpResponse<String> home = client.get("/staff");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("erika").contains("/staff/questions");
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        StaffClient client = new StaffClient(port, 24);
        client.get("/staff/login");
        HttpResponse<String> res = client.postForm("/staff/login", "username=erika&password=" + StaffClient.enc(EDITOR_PASSWORD));
        assertThat(res.statusCode()).isEqualTo(403);
    }

    @Test
    void repeatedFailuresLockTheUserEvenFromAnotherAddress() throws Exception {
        StaffClient attacker = new StaffClient(port, 25);
        for (int i = 0; i < 3; i++) {
            assertThat(attacker.login("lotte", "guess " + i).headers().firstValue("Location").orElseThrow()).endsWith("?error");
        }
        // Locked: the right password is refused too, from the same and from another address.
        assertThat(attacker.login("lotte", STAFF_PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("?locked");
        StaffClient other = new StaffClient(port, 26);
        assertThat(other.login("lotte", STAFF_PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("?locked");
        assertThat(other.login("LOTTE", STAFF_PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("?locked");
        // And the address is locked for every user name.
        assertThat(attacker.login("sam", STAFF_PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("?locked");
    }

    @Test
    void staffWithoutTheEditorRoleDoNotSeeDeclinedQuestions() throws Exception {
        StaffClient client = new StaffClient(port, 27);
        client.login("sam", STAFF_PASSWORD);
        assertThat(client.get("/staff").statusCode()).isEqualTo(200);
        assertThat(client.get("/staff/questions").statusCode()).isEqualTo(403);
        assertThat(client.get("/staff/questions.csv").statusCode()).isEqualTo(403);
        assertThat(client.get("/staff/questions.csv?days=30").statusCode()).isEqualTo(403);
        assertThat(client.get("/staff/api/questions").statusCode()).isEqualTo(403);
    }

    @Test
    void theAdminApiNeedsAnEditorsPassword() throws Exception {
        StaffClient client = new StaffClient(port, 29);
        HttpResponse<String> anonymous = client.postJson("/api/v1/admin/reload", "{}", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\"");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, Integer> asUser = credentials -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/admin/reload"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes()))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(asUser.apply("erika:wrong")).isEqualTo(401);
        assertThat(asUser.apply("sam:" + STAFF_PASSWORD)).isEqualTo(403);
        // Let through to the reload endpoint, which reloads for an editor even without a bearer token configured.
        assertThat(asUser.apply("erika:" + EDITOR_PASSWORD)).isEqualTo(200);
    }

    @Test
    void theReloadTokenOfDeploymentsStillWorksBesideTheStaffLogin() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, Integer> withBearer = token -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/admin/reload"))
                        .header("Authorization", "Bearer " + token).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(withBearer.apply("wrong-token")).isEqualTo(401);
        assertThat(withBearer.apply(RELOAD_TOKEN)).isEqualTo(200);
    }

    @Test
    void thePublicApiStaysWithoutSessionsOrCsrf() throws Exception {
        StaffClient client = new StaffClient(port, 28);
        HttpResponse<String> res = client.postJson("/api/v1/ask", "{\"text\":\"Waar vind ik DigiD?\"}", null);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().allValues("Set-Cookie")).isEmpty();
        // The actuator has a port of its own; the public port's health checks stay outside the staff area too.
        assertThat(client.get("/livez").statusCode()).isEqualTo(200);
        assertThat(client.get("/readyz").statusCode()).isEqualTo(200);
        assertThat(new StaffClient(managementPort, 28).get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(client.get("/nl/measures").statusCode()).isEqualTo(200);
    }
}
