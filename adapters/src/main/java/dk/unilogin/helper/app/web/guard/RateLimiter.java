package dk.unilogin.helper.app.web.guard;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at
 * {@code requestsPerSecond}. Buckets that have refilled completely carry no information
 * and are dropped by {@link #forgetIdle()}, so memory follows the number of active clients.
 */
final class RateLimiter implements RateLimitBuckets {
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;

    RateLimiter(int burst, double requestsPerSecond, LongSupplier nanoTime) {
        if (burst < 1 || requestsPerSecond <= 0) {
            throw new IllegalArgumentException("rate limit needs burst >= 1 and requests-per-second > 0");
        }
        this.capacity = burst;
        this.tokensPerNano = requestsPerSecond / 1e9;
        this.nanoTime = nanoTime;
    }

    @Override
    public Decision tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Decision.ALLOWED;
            }
            long waitNanos = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
            return new Decision(false, Duration.ofNanos(waitNanos));
        }
    }

    @Override
    public void forgetIdle() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                bucket.refill(now, capacity, tokensPerNano);
                return bucket.tokens >= capacity;
            }
        });
    }

    int trackedClients() {
        return buckets.size();
    }

    record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /** Whole seconds for the Retry-After header, at least one. */
        long retryAfterSeconds() {
            return ProblemResponses.wholeSecondsUp(retryAfter);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        void refill(long now, double capacity, double tokensPerNano) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
