package org.habittracker.adapters.lambda.observability;

/**
 * Running totals of the read cache since start: the cache adapter's metrics, adapted in the composition root;
 * {@link #NONE} when there is no cache. Only the failures are read from them per request
 * ({@link UnreportedFailures}); hits and misses are counted per request ({@link RequestCacheCounts}).
 */
@FunctionalInterface
public interface CacheCounters {

    /** Hits, misses and failures: the totals, or one request's share of them in the request log. */
    record Snapshot(long hits, long misses, long failures) {
    }

    Snapshot snapshot();

    CacheCounters NONE = () -> new Snapshot(0, 0, 0);
}
