package nl.workinnl.assistant.staffarea;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts a login attempt and refuses it while its user or its address is locked, before the password is even checked. */
final class LoginLockFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginLockFilter.class);

    private final LoginThrottle throttle;
    private final String loginPath;

    LoginLockFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && loginPath.equals(request.getRequestURI())) {
            String user = String.valueOf(request.getParameter("username"));
            // Counted before the password is checked, so that attempts arriving together cannot all pass.
            switch (throttle.begin(user, request.getRemoteAddr())) {
                case NOT_COUNTED -> {
                    LoginStoreDown.refusePage(response);
                    return;
                }
                case LOCKED -> {
                    log.info("Staff login refused: too many failed attempts (user or address locked)");
                    response.sendRedirect(loginPath + "?locked");
                    return;
                }
                case ALLOWED -> {
                    // On to the password.
                }
            }
        }
        chain.doFilter(request, response);
    }
}
