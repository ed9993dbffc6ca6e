package dk.unilogin.helper.app.web.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@link RateLimiter} for one server: a token bucket per key in memory. Buckets that have
 * refilled completely carry no information and are dropped by {@link #forgetIdle()}, so
 * memory follows the number of active clients and conversations.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Decision tryAcquire(String key, Allowance allowance) {
        long now = nanos(clock.instant());
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(allowance, now));
        synchronized (bucket) {
            bucket.refill(now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Decision.ALLOWED;
            }
            long waitNanos = (long) Math.ceil((1 - bucket.tokens) / bucket.tokensPerNano());
            return Decision.waitFor(Duration.ofNanos(waitNanos));
        }
    }

    @Scheduled(fixedDelay = 60_000)
    public void forgetIdle() {
        long now = nanos(clock.instant());
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                bucket.refill(now);
                return bucket.tokens >= bucket.allowance.burst();
            }
        });
    }

    int trackedKeys() {
        return buckets.size();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static final class Bucket {
        private final Allowance allowance;
        private double tokens;
        private long updatedAt;

        Bucket(Allowance allowance, long now) {
            this.allowance = allowance;
            this.tokens = allowance.burst();
            this.updatedAt = now;
        }

        double tokensPerNano() {
            return allowance.perSecond() / 1e9;
        }

        void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(allowance.burst(), tokens + (now - updatedAt) * tokensPerNano());
                updatedAt = now;
            }
        }
    }
}
