package org.habittracker.adapters.persistence;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.habittracker.application.port.out.IdGenerator;

/**
 * Time-ordered UUIDs, version 7 of RFC 9562: 48 bits of Unix milliseconds, then the 12-bit
 * {@code rand_a} field used as a counter (the RFC's "method 1"), then 62 random bits. Ids made by one
 * generator always increase, even within one millisecond or when the clock steps back: the counter
 * continues, and when it runs out the timestamp is borrowed from the next millisecond.
 *
 * <p>An adapter of the {@link IdGenerator} port, kept beside the tables it serves: ids that grow with time
 * land at the right-hand end of the primary-key indexes instead of all over them.
 */
public final class UuidV7Generator implements IdGenerator {
    private static final long MAX_COUNTER = 0xFFF;
    /** New milliseconds start the counter in the lower half, leaving room to count up. */
    private static final int COUNTER_START_BOUND = 0x800;
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

    private final Clock clock;
    /** The given random source; null for the JVM's default one, made when the first id is ({@link DefaultRandom}). */
    private final SecureRandom random;
    private long lastMillis = -1;
    private long counter;

    public UuidV7Generator(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * With the default {@link SecureRandom}, made when the first id is rather than now: seeding it loads the
     * security providers, which a Lambda's cold start would otherwise pay for on its main thread even when its
     * first request (the board) makes no id.
     */
    public UuidV7Generator(Clock clock) {
        this.clock = clock;
        this.random = null;
    }

    /** Holds the default source: made when first asked for (the JVM's class initialisation is lazy and thread-safe). */
    private static final class DefaultRandom {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    private SecureRandom random() {
        return random != null ? random : DefaultRandom.INSTANCE;
    }

    @Override
    public UUID newId() {
        long millis;
        long sequence;
        synchronized (this) {
            long now = clock.millis();
            if (now > lastMillis) {
                lastMillis = now;
                counter = random().nextInt(COUNTER_START_BOUND);
            } else if (counter < MAX_COUNTER) {
                counter++;
            } else {
                lastMillis++;
                counter = random().nextInt(COUNTER_START_BOUND);
            }
            millis = lastMillis;
            sequence = counter;
        }
        long mostSignificant = (millis << 16) | VERSION_7 | sequence;
        long leastSignificant = (random().nextLong() & VARIANT_MASK) | VARIANT_IETF;
        return new UUID(mostSignificant, leastSignificant);
    }
}
