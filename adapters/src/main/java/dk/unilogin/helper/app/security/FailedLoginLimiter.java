package dk.unilogin.helper.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed admin logins per client address. After {@code maxFailures} failures, each
 * within {@code window} of the last, the address is locked out for {@code lockout}: the
 * admin password cannot be guessed faster than that. A success forgets the address. At
 * most {@code maxTracked} addresses are kept (the oldest go first), so a flood of
 * addresses cannot fill memory.
 */
final class FailedLoginLimiter {
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final int maxTracked;
    private final Clock clock;
    private final Map<String, Failures> byAddress = new LinkedHashMap<>();

    FailedLoginLimiter(int maxFailures, Duration window, Duration lockout, int maxTracked, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.maxTracked = maxTracked;
        this.clock = clock;
    }

    /** How long the address must still wait, if it is locked out now. */
    synchronized Optional<Duration> lockedFor(String address) {
        Failures failures = byAddress.get(address);
        if (failures == null || failures.lockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), failures.lockedUntil);
        if (left.isNegative() || left.isZero()) {
            byAddress.remove(address);
            return Optional.empty();
        }
        return Optional.of(left);
    }

    /** Counts a failure; true if it locks the address out. */
    synchronized boolean failed(String address) {
        Instant now = clock.instant();
        Failures failures = byAddress.remove(address); // re-inserted last: the map stays oldest first
        if (failures == null || Duration.between(failures.last, now).compareTo(window) > 0) {
            failures = new Failures();
        }
        failures.count++;
        failures.last = now;
        boolean locks = failures.count >= maxFailures;
        if (locks) {
            failures.lockedUntil = now.plus(lockout);
        }
        byAddress.put(address, failures);
        evictOldest();
        return locks;
    }

    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    synchronized int tracked() {
        return byAddress.size();
    }

    private void evictOldest() {
        Iterator<String> oldest = byAddress.keySet().iterator();
        while (byAddress.size() > maxTracked && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private static final class Failures {
        private int count;
        private Instant last;
        private Instant lockedUntil;
    }
}
