package nl.workinnl.assistant.staffarea;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.workinnl.assistant.web.ApiError;

/** The refusal of a login that cannot be counted because the database is unreachable: 503 with Retry-After. */
final class LoginStoreDown {

    private LoginStoreDown() {
    }

    /** The browser's login form: the service's own 503 page. */
    static void refusePage(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", ApiError.RETRY_AFTER_DATABASE);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** The admin API's scripts: a JSON error, as its other refusals. */
    static void refuseJson(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", ApiError.RETRY_AFTER_DATABASE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"Logins cannot be checked right now: try again later.\"}");
    }
}
