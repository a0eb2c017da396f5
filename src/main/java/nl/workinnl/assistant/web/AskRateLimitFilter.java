package nl.workinnl.assistant.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code perMinute} questions (or votes) a minute from one client (by remote address), as a token
 * bucket that refills continuously; over the limit a 429 with Retry-After. Written here because
 * the service keeps no other state per client and a bucket is a dozen lines; the map is pruned of
 * idle clients so that it cannot grow without bound.
 */
final class AskRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    /** What is limited, for the error: "questions", "votes". */
    private final String what;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    AskRateLimitFilter(int perMinute) {
        this(perMinute, "questions");
    }

    AskRateLimitFilter(int perMinute, String what) {
        this.perMinute = perMinute;
        this.what = what;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (perMinute <= 0 || !"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> now - b.updated > TimeUnit.MINUTES.toNanos(1));
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), k -> new Bucket(perMinute, now));
        long waitSeconds;
        synchronized (bucket) {
            double refill = (now - bucket.updated) / (double) TimeUnit.MINUTES.toNanos(1) * perMinute;
            bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                waitSeconds = 0;
            } else {
                waitSeconds = (long) Math.ceil((1 - bucket.tokens) * 60.0 / perMinute);
            }
        }
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
