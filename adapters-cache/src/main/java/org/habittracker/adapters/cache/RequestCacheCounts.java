package org.habittracker.adapters.cache;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cache hits and misses of one request. A request is handled on one thread from the event to the answer
 * (Lettuce's synchronous calls run on it too), so the counts live on that thread for the length of the request
 * ({@link #during}), and the counting decorators around the read cache and the session store add to whatever
 * request is current on their thread. Concurrent requests (the local server) cannot count each other's look-ups,
 * as they did when the figures were differences of the cache's global totals.
 */
public final class RequestCacheCounts {

    private static final ThreadLocal<RequestCacheCounts> CURRENT = new ThreadLocal<>();

    // Confined to the thread of the request: plain fields.
    private long hits;
    private long misses;
    private long databaseLookups;

    /** Runs {@code work} with these counts current on this thread (and the previous ones back afterwards). */
    public <T> T during(Supplier<T> work) {
        RequestCacheCounts previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The request this thread is handling, if any (a look-up outside a request is nobody's). */
    public static Optional<RequestCacheCounts> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Answered from Redis, without the database. */
    public void hit() {
        hits++;
    }

    /** Answered by the database: a miss, or Redis not usable at the moment. */
    public void miss() {
        misses++;
    }

    /** The session store's database was asked: how a session look-up behind the cache tells a miss from a hit. */
    public void databaseLookup() {
        databaseLookups++;
    }

    public long databaseLookups() {
        return databaseLookups;
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }
}
