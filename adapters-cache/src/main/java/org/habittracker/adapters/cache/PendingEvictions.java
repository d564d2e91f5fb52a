package org.habittracker.adapters.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Evictions that could not reach Redis, replayed before this process reads from the cache again.
 *
 * <p>Each entry carries a sequence number, so a replay that races with a newer failure of the same eviction
 * does not drop the newer one. Bounded: past {@code limit} entries it only remembers that it overflowed, and
 * the owner of this object must then distrust the whole cache for one entry TTL (every entry older than the
 * outage has expired by then).
 */
final class PendingEvictions {

    enum Drained {
        /** Nothing is pending any more. */
        ALL,
        /** Nothing is pending, but some evictions were dropped when the queue overflowed. */
        ALL_AFTER_OVERFLOW
    }

    private final int limit;
    private final Map<Eviction, Long> pending = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicBoolean overflowed = new AtomicBoolean();

    PendingEvictions(int limit) {
        this.limit = limit;
    }

    void add(Eviction eviction) {
        if (pending.size() >= limit && !pending.containsKey(eviction)) {
            overflowed.set(true);
            return;
        }
        pending.put(eviction, sequence.incrementAndGet());
    }

    boolean isEmpty() {
        return pending.isEmpty() && !overflowed.get();
    }

    int size() {
        return pending.size();
    }

    /**
     * Runs every pending eviction with {@code runner}; an exception from it stops the replay and reaches the
     * caller, leaving the rest (and the failed one) pending.
     */
    Drained drain(Consumer<Eviction> runner) {
        boolean hadOverflowed = overflowed.getAndSet(false);
        try {
            for (Map.Entry<Eviction, Long> entry : Map.copyOf(pending).entrySet()) {
                runner.accept(entry.getKey());
                pending.remove(entry.getKey(), entry.getValue());
            }
        } catch (RuntimeException e) {
            if (hadOverflowed) {
                overflowed.set(true);
            }
            throw e;
        }
        return hadOverflowed ? Drained.ALL_AFTER_OVERFLOW : Drained.ALL;
    }
}
