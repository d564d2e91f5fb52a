package org.habittracker.adapters.lambda.observability;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Redis failures, which the cache adapter counts only globally (a failed command cannot be tied to the request
 * that met it from outside the adapter): each request line claims the failures counted since the previous claim.
 * The claim is atomic, so every failure appears on exactly one line and the sum over lines is exact; under
 * concurrent requests the line that reports a failure need not be the request that met it. In Lambda a container
 * handles one request at a time, so there it is.
 */
public final class UnreportedFailures {

    private final CacheCounters counters;
    private final AtomicLong reported;

    public UnreportedFailures(CacheCounters counters) {
        this.counters = counters;
        this.reported = new AtomicLong(counters.snapshot().failures());
    }

    /** The failures counted since the last claim, now claimed. */
    public long claim() {
        long total = counters.snapshot().failures();
        long before = reported.getAndAccumulate(total, Math::max);
        return Math.max(0, total - before);
    }
}
