package org.habittracker.adapters.lambda.observability;

/**
 * Running totals of the read cache, read after each request to emit what changed. The cache adapter's
 * metrics are adapted to this in the composition root; {@link #NONE} when there is no cache.
 */
@FunctionalInterface
public interface CacheCounters {

    record Snapshot(long hits, long misses, long failures) {
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(hits - earlier.hits, misses - earlier.misses, failures - earlier.failures);
        }
    }

    Snapshot snapshot();

    CacheCounters NONE = () -> new Snapshot(0, 0, 0);
}
