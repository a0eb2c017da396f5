package nl.workinnl.assistant.staffarea;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** What follows a login: a log line (the user name, never the password), the throttle's count, the next page. */
final class LoginOutcomes {

    private static final Logger log = LoggerFactory.getLogger(LoginOutcomes.class);

    private final LoginThrottle throttle;
    private final Set<String> knownUsers;
    private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SimpleUrlAuthenticationFailureHandler failure =
            new SimpleUrlAuthenticationFailureHandler(StaffSecurityConfiguration.LOGIN + "?error");

    LoginOutcomes(LoginThrottle throttle, Set<String> knownUsers) {
        this.throttle = throttle;
        this.knownUsers = knownUsers;
        this.success.setDefaultTargetUrl("/staff");
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        throttle.succeeded(authentication.getName(), request.getRemoteAddr());
        log.info("Staff login succeeded: user {}", authentication.getName());
        success.onAuthenticationSuccess(request, response, authentication);
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        String user = String.valueOf(request.getParameter("username"));
        // Already counted when the attempt began (LoginLockFilter).
        // A name that is no configured user may be a password typed in the wrong field: never logged.
        log.info("Staff login failed: user {}", knownUsers.contains(user) ? user : "(unknown name)");
        failure.onAuthenticationFailure(request, response, e);
    }
}
