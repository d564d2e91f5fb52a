package org.habittracker.adapters.cache;

import io.lettuce.core.resource.Delay;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Full-jitter exponential back-off for reconnecting: a random delay between {@code lower} and
 * {@code lower·2^attempt} (at most {@code upper}), so that many Lambda containers do not reconnect in step
 * after a Redis failover. Draws from {@link SecureRandom}, not {@code ThreadLocalRandom} as Lettuce's own
 * jitter does: containers restored from one SnapStart snapshot would share a {@code ThreadLocalRandom} seed and
 * so the very same "random" delays.
 */
final class JitteredBackoff extends Delay {
    private static final int MAX_DOUBLINGS = 20;

    private final long lowerNanos;
    private final long upperNanos;
    private final SecureRandom random = new SecureRandom();

    JitteredBackoff(Duration lower, Duration upper) {
        if (lower.isNegative() || upper.compareTo(lower) <= 0) {
            throw new IllegalArgumentException("back-off: need 0 <= lower < upper");
        }
        this.lowerNanos = lower.toNanos();
        this.upperNanos = upper.toNanos();
    }

    @Override
    public Duration createDelay(long attempt) {
        long doublings = Math.max(0, Math.min(attempt, MAX_DOUBLINGS));
        long ceiling = Math.max(lowerNanos, 1) << doublings;
        if (ceiling <= 0 || ceiling > upperNanos) {
            ceiling = upperNanos;
        }
        long span = ceiling - lowerNanos;
        return Duration.ofNanos(lowerNanos + (span <= 0 ? 0 : nextLong(span + 1)));
    }

    private long nextLong(long bound) {
        synchronized (random) {
            return random.nextLong(bound);
        }
    }
}
