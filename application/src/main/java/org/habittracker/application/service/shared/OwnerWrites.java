package org.habittracker.application.service.shared;

import java.util.function.Supplier;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.domain.user.UserId;

/**
 * Runs a change of one owner's data in a transaction, serialised with the owner's other writes (so a limit
 * or a position checked inside it is exact), and, once it has committed, forgets the owner's
 * cached read models. Invalidating after the commit (not before, not inside) is what keeps a read that
 * runs meanwhile from caching the old data again: the cache's version check rejects it.
 */
public final class OwnerWrites {
    private final Transactions transactions;
    private final ReadCache readCache;

    public OwnerWrites(Transactions transactions, ReadCache readCache) {
        this.transactions = transactions;
        this.readCache = readCache;
    }

    public <T> T write(UserId owner, Supplier<T> work) {
        T result = transactions.inOwnerTransaction(owner, work);
        readCache.invalidate(owner);
        return result;
    }

    public void run(UserId owner, Runnable work) {
        write(owner, () -> {
            work.run();
            return null;
        });
    }
}
