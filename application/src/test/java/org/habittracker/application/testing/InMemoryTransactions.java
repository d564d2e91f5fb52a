package org.habittracker.application.testing;

import java.util.function.Supplier;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.domain.user.UserId;

/**
 * Real transactions over an {@link InMemoryDatabase}: an exception thrown by the work restores every table
 * as it was at the start, then reaches the caller unchanged.
 */
public final class InMemoryTransactions implements Transactions {
    private final InMemoryDatabase db;

    public InMemoryTransactions(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }

    @Override
    public <T> T inOwnerTransaction(UserId owner, Supplier<T> work) {
        return db.inTransaction(work);
    }
}
