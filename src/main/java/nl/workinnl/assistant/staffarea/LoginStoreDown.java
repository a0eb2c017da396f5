package nl.workinnl.assistant.staffarea;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.workinnl.assistant.web.ApiError;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * A login that cannot be counted because the database is unreachable is refused with 503 and
 * Retry-After: letting it through uncounted would lift the lock-out while the database is down.
 */
final class LoginStoreDown {

    private static final Logger log = LoggerFactory.getLogger(LoginStoreDown.class);

    /** Whether the exception says the database cannot be reached, rather than that a statement is wrong (a bug, to be seen as one). */
    static boolean unreachable(DataAccessException e) {
        return e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException;
    }

    private LoginStoreDown() {
    }

    /** The browser's login form: the service's own 503 page. */
    static void refusePage(HttpServletResponse response, DataAccessException e) throws IOException {
        logged(e);
        response.setHeader("Retry-After", ApiError.RETRY_AFTER_DATABASE);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** The admin API's scripts: a JSON error, as its other refusals. */
    static void refuseJson(HttpServletResponse response, DataAccessException e) throws IOException {
        logged(e);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", ApiError.RETRY_AFTER_DATABASE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"Logins cannot be checked right now: try again later.\"}");
    }

    private static void logged(DataAccessException e) {
        // The cause says which database and why; the stack trace would say nothing more, on every attempt.
        log.warn("Login refused: the database that counts login attempts is unreachable ({})", e.getMostSpecificCause().toString());
    }
}
