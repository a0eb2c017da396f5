package nl.workinnl.assistant.staffarea;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.workinnl.assistant.dialogue.ConversationProperties;
import nl.workinnl.assistant.security.SharedSecret;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security for the staff area and the admin API only. Its filter is registered for {@code /staff/*}
 * and {@code /api/v1/admin/*} alone, so
 * the public API, the pages, the widget, the webhook and the actuator run exactly as without it:
 * stateless, no CSRF, CORS by the web package's filter, not even Spring Security's firewall.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class StaffSecurityConfiguration {

    static final String LOGIN = "/staff/login";
    static final String ADMIN_API = "/api/v1/admin/**";

    /** Users from configuration; none configured: none at all (Spring Boot's generated default user backs off too). */
    @Bean
    UserDetailsService staffUsers(StaffAreaProperties properties) {
        List<UserDetails> users = properties.users().stream()
                .filter(u -> u.name() != null && !u.name().isBlank() && u.passwordHash() != null && !u.passwordHash().isBlank())
                .map(u -> User.withUsername(u.name()).password(u.passwordHash())
                        .authorities(u.roles().stream().map(StaffRole::authority).toArray(String[]::new)).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    PasswordEncoder staffPasswordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(StaffAreaProperties properties, JdbcClient jdbc, ConversationProperties conversation) {
        return new LoginThrottle(jdbc, SharedSecret.material(conversation.secret()), properties.maxFailures(), properties.lockout(),
                Clock.systemUTC());
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffArea(HttpSecurity http, StaffAreaProperties properties, LoginThrottle throttle) throws Exception {
        LoginOutcomes outcomes = new LoginOutcomes(throttle, knownUsers(properties));
        http.securityMatcher("/staff/**", "/staff")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(LOGIN).permitAll()
                        .requestMatchers("/staff/questions/**", "/staff/questions.csv", "/staff/api/questions/**").hasRole(StaffRole.EDITOR.name())
                        .anyRequest().hasAnyRole(StaffRole.STAFF.name(), StaffRole.EDITOR.name()))
                .formLogin(f -> f.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .successHandler(outcomes::succeeded).failureHandler(outcomes::failed))
                .logout(l -> l.logoutUrl("/staff/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .addFilterBefore(new LoginLockFilter(throttle, LOGIN), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(jsonUnauthorized(),
                                PathPatternRequestMatcher.withDefaults().matcher("/staff/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN),
                                request -> true));
        // CSP and the other hardening headers come from the web package's filter, as on every response;
        // Spring Security's defaults add no-store caching and frame denial to the staff pages.
        return http.build();
    }

    /**
     * The administrative calls of the service ({@code POST /api/v1/admin/reload} of the live updates):
     * for scripts, so HTTP Basic with the staff users' passwords and role EDITOR, stateless. A request
     * with a bearer token ({@code assistant.reload-token}, what deployments use) is let through
     * unauthenticated: the endpoint checks that token itself, and without a valid one refuses it
     * (401). No CSRF token: no session and no form, and the area's cookie is limited to /staff.
     */
    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http, StaffAreaProperties properties, LoginThrottle throttle) throws Exception {
        http.securityMatcher(ADMIN_API)
                .addFilterBefore(new BasicLockFilter(throttle, knownUsers(properties)), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(StaffSecurityConfiguration::bearer).permitAll()
                        .anyRequest().hasRole(StaffRole.EDITOR.name()))
                .httpBasic(b -> b.authenticationEntryPoint(adminUnauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(adminUnauthorized()))
                .sessionManagement(m -> m.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    private static Set<String> knownUsers(StaffAreaProperties properties) {
        return properties.users().stream().map(StaffAreaProperties.User::name).collect(Collectors.toSet());
    }

    /** A bearer token in the Authorization header: the admin endpoints' own credentials, checked by them. */
    static boolean bearer(jakarta.servlet.http.HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The admin API's 401: both ways in, named in the challenge and the body. */
    private static AuthenticationEntryPoint adminUnauthorized() {
        return (request, response, e) -> {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.addHeader("WWW-Authenticate", "Bearer");
            response.addHeader("WWW-Authenticate", "Basic realm=\"admin\", charset=\"UTF-8\"");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"A valid 'Authorization: Bearer <token>' or an editor's HTTP Basic login is required.\"}");
        };
    }

    /** API calls get a status and a JSON body, not a login page's HTML. */
    private static AuthenticationEntryPoint jsonUnauthorized() {
        return (request, response, e) -> {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"Log in to the staff area first.\"}");
        };
    }

    /**
     * Spring Boot registers the security filter for every URL; limiting it to the staff area keeps
     * everything else out of its reach (its firewall, session handling and headers).
     */
    @Bean
    static BeanPostProcessor staffAreaOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && "securityFilterChainRegistration".equals(name)) {
                    registration.setUrlPatterns(List.of("/staff/*", "/staff", "/api/v1/admin/*"));
                }
                return bean;
            }
        };
    }
}
