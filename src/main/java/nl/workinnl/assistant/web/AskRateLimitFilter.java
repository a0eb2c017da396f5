package nl.workinnl.assistant.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.workinnl.assistant.ratelimit.RateLimit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code perMinute} questions (or votes) a minute from one client (by remote address), as a
 * {@link RateLimit}; over the limit a 429 with Retry-After.
 */
final class AskRateLimitFilter extends OncePerRequestFilter {

    private final RateLimit limit;
    /** What is limited, for the error: "questions", "votes". */
    private final String what;

    AskRateLimitFilter(int perMinute) {
        this(perMinute, "questions");
    }

    AskRateLimitFilter(int perMinute, String what) {
        this.limit = new RateLimit(perMinute);
        this.what = what;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limit.isOff() || !"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long waitSeconds = limit.take(request.getRemoteAddr());
        if (waitSeconds > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(waitSeconds));
            response.setContentType("application/json");
            response.getWriter().write("{\"error\": \"Too many " + what + "; try again in " + waitSeconds + " s.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
