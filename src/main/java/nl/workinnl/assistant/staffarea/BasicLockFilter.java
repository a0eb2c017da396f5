package nl.workinnl.assistant.staffarea;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The lock-out of the login form for the admin API's HTTP Basic too, which would otherwise let
 * passwords be guessed without limit: a locked user or address gets a 429 before its password is
 * checked, and a 401 that follows a password counts as a failed login.
 */
final class BasicLockFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BasicLockFilter.class);

    private final LoginThrottle throttle;
    private final Set<String> knownUsers;

    BasicLockFilter(LoginThrottle throttle, Set<String> knownUsers) {
        this.throttle = throttle;
        this.knownUsers = knownUsers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = basicUser(request.getHeader("Authorization"));
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        switch (throttle.begin(user, request.getRemoteAddr())) {
            case NOT_COUNTED -> {
                LoginStoreDown.refuseJson(response);
                return;
            }
            case LOCKED -> {
                log.info("Admin API login refused: too many failed attempts (user or address locked)");
                response.setStatus(429);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"error\":\"Too many failed logins: try again later.\"}");
                return;
            }
            case ALLOWED -> {
                // On to the password.
            }
        }
        chain.doFilter(request, response);
        String shown = knownUsers.contains(user) ? user : "(unknown name)";
        // The attempt was counted as a failure before the password was checked; a success takes it back.
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            log.info("Admin API login failed: user {}", shown);
        } else {
            throttle.succeeded(user, request.getRemoteAddr());
            log.info("Admin API login succeeded: user {}", shown);
        }
    }

    /** The user name of a Basic Authorization header; null without one. */
    static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
