package nl.workinnl.assistant.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code perMinute} actions a minute per key (a client's address, a chat), as a token bucket
 * that refills continuously, so that a burst up to the limit passes and then one more every
 * 60/{@code perMinute} seconds. Written here because the service keeps no other state per client
 * and a bucket is a dozen lines; the map is pruned of idle keys so that it cannot grow without
 * bound. In memory: each replica counts what reaches it.
 */
public final class RateLimit {

    private static final int MAX_KEYS = 100_000;

    private final int perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastPruned = System.nanoTime() - TimeUnit.SECONDS.toNanos(2);

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    /** {@code perMinute} 0 or less switches the limit off. */
    public RateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    public boolean isOff() {
        return perMinute <= 0;
    }

    /** Takes one action for {@code key}: 0 when it may go ahead, else the seconds until it may. */
    public long take(String key) {
        if (isOff()) {
            return 0;
        }
        long now = System.nanoTime();
        // At most once a second: with more keys alive than that (a spray of addresses) every request
        // would otherwise walk the whole map.
        if (buckets.size() > MAX_KEYS && now - lastPruned > TimeUnit.SECONDS.toNanos(1)) {
            lastPruned = now;
            buckets.values().removeIf(b -> now - b.updated > TimeUnit.MINUTES.toNanos(1));
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            double refill = (now - bucket.updated) / (double) TimeUnit.MINUTES.toNanos(1) * perMinute;
            bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) * 60.0 / perMinute);
        }
    }
}
