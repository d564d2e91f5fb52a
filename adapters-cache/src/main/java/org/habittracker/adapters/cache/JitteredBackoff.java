package org.habittracker.adapters.cache;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * Full-jitter exponential back-off: a random delay between {@code lower} and {@code lower·2^attempt} (at most
 * {@code upper}), so that many Lambda containers do not reconnect in step after a Redis failover. Used for
 * the first connect and, through {@link #asLettuceDelay}, for Lettuce's own reconnects.
 *
 * <p>Draws from {@link SecureRandom}, not {@code ThreadLocalRandom} as Lettuce's own jitter does: containers
 * restored from one SnapStart snapshot would share a {@code ThreadLocalRandom} seed and so the very same
 * "random" delays. The generator is made on first use, off the start-up path.
 */
final class JitteredBackoff {
    private static final int MAX_DOUBLINGS = 20;

    private final long lowerNanos;
    private final long upperNanos;

    JitteredBackoff(Duration lower, Duration upper) {
        if (lower.isNegative() || upper.compareTo(lower) <= 0) {
            throw new IllegalArgumentException("back-off: need 0 <= lower < upper");
        }
        this.lowerNanos = lower.toNanos();
        this.upperNanos = upper.toNanos();
    }

    /** The delay before attempt {@code attempt + 1}, counting from 0. */
    Duration delay(long attempt) {
        long doublings = Math.max(0, Math.min(attempt, MAX_DOUBLINGS));
        long ceiling = Math.max(lowerNanos, 1) << doublings;
        if (ceiling <= 0 || ceiling > upperNanos) {
            ceiling = upperNanos;
        }
        long span = ceiling - lowerNanos;
        return Duration.ofNanos(lowerNanos + (span <= 0 ? 0 : Random.nextLong(span + 1)));
    }

    io.lettuce.core.resource.Delay asLettuceDelay() {
        return new io.lettuce.core.resource.Delay() {
            @Override
            public Duration createDelay(long attempt) {
                return delay(attempt);
            }
        };
    }

    /** Holder: the generator is built when the first delay is needed, never at start-up. */
    private static final class Random {
        private static final SecureRandom GENERATOR = new SecureRandom();

        static synchronized long nextLong(long bound) {
            return GENERATOR.nextLong(bound);
        }
    }
}
