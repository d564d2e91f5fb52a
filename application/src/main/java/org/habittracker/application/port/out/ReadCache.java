package org.habittracker.application.port.out;

import java.util.function.Supplier;
import org.habittracker.domain.user.UserId;

/**
 * A cache of read models (today board, statistics) in front of the database.
 *
 * <p>Rules every implementation keeps:
 * <ul>
 * <li>After {@link #invalidate} returns, no read of that owner returns a value computed before the
 * write that called it — in any interleaving of reads and writes (use a per-owner version and store
 * only when the version read before loading is still current).</li>
 * <li>It never fails a call: on any cache error it runs {@code loader} and returns its answer.</li>
 * </ul>
 */
public interface ReadCache {

    /**
     * The cached value for the key, or {@code loader}'s answer, which is then cached. A {@code byte[]} is a read
     * model its caller has already serialised, and is kept as it is.
     */
    <T> T get(ReadModelKey key, Class<T> type, Supplier<T> loader);

    /** Forgets every read model of the owner; services call it after each committed write. */
    void invalidate(UserId owner);

    ComponentHealth health();
}
