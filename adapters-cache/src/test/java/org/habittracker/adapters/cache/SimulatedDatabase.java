package org.habittracker.adapters.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the database behind the cache in the outage tests: answers the current version of a board
 * after a query's worth of latency, and counts how often it was asked.
 */
final class SimulatedDatabase {
    private final Duration queryLatency;
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger queries = new AtomicInteger();

    SimulatedDatabase(Duration queryLatency) {
        this.queryLatency = queryLatency;
    }

    String board() {
        queries.incrementAndGet();
        RedisProcess.sleep(queryLatency);
        return current();
    }

    /** What the database holds now, without a query. */
    String current() {
        return "board v" + version.get();
    }

    /** A committed write. */
    void write() {
        version.incrementAndGet();
    }

    int queries() {
        return queries.get();
    }
}
