package org.habittracker.adapters.cache;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the cache did, counted since start: for the health page and CloudWatch metrics. Cheap to update
 * from many threads ({@link LongAdder}); read with {@link #snapshot()}, and per request or per minute with
 * {@link Snapshot#since}.
 */
public final class CacheMetrics {

    private final LongAdder readModelHits = new LongAdder();
    private final LongAdder readModelMisses = new LongAdder();
    private final LongAdder sessionHits = new LongAdder();
    private final LongAdder sessionMisses = new LongAdder();
    private final LongAdder fallThroughs = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder failureNanos = new LongAdder();
    private final LongAdder staleStoresRejected = new LongAdder();
    private volatile PendingEvictions pendingEvictions;

    /**
     * @param readModelHits       read models served from Redis
     * @param readModelMisses     read models loaded from the database (and offered to Redis)
     * @param sessionHits         session look-ups served from Redis
     * @param sessionMisses       session look-ups answered by the database store
     * @param fallThroughs        calls that went straight to the database because Redis was not usable (not
     *                            configured calls are not counted: a pass-through has no metrics)
     * @param failures            Redis commands that failed or timed out
     * @param failureMillis       time spent waiting on the Redis commands that failed: what an outage costs
     * @param staleStoresRejected loaded values Redis refused because a write invalidated them meanwhile
     * @param pendingEvictions    invalidations waiting for Redis to come back (a gauge, not a count)
     */
    public record Snapshot(long readModelHits, long readModelMisses, long sessionHits, long sessionMisses,
            long fallThroughs, long failures, long failureMillis, long staleStoresRejected, long pendingEvictions) {

        /** The counts since {@code earlier}; the gauge keeps its current value. */
        public Snapshot since(Snapshot earlier) {
            return new Snapshot(readModelHits - earlier.readModelHits, readModelMisses - earlier.readModelMisses,
                    sessionHits - earlier.sessionHits, sessionMisses - earlier.sessionMisses,
                    fallThroughs - earlier.fallThroughs, failures - earlier.failures,
                    failureMillis - earlier.failureMillis, staleStoresRejected - earlier.staleStoresRejected,
                    pendingEvictions);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(readModelHits.sum(), readModelMisses.sum(), sessionHits.sum(), sessionMisses.sum(),
                fallThroughs.sum(), failures.sum(), TimeUnit.NANOSECONDS.toMillis(failureNanos.sum()),
                staleStoresRejected.sum(), pendingEvictions == null ? 0 : pendingEvictions.size());
    }

    void readModelHit() {
        readModelHits.increment();
    }

    void readModelMiss() {
        readModelMisses.increment();
    }

    void sessionHit() {
        sessionHits.increment();
    }

    void sessionMiss() {
        sessionMisses.increment();
    }

    void fallThrough() {
        fallThroughs.increment();
    }

    void failure(long waitedNanos) {
        failures.increment();
        failureNanos.add(waitedNanos);
    }

    void staleStoreRejected() {
        staleStoresRejected.increment();
    }

    void reportPendingEvictionsFrom(PendingEvictions pending) {
        pendingEvictions = pending;
    }
}
