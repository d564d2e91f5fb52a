package org.habittracker.adapters.persistence;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Database transactions for the use cases. {@link Jdbi#withHandle} binds its handle to the calling thread
 * for as long as the callback runs, and every repository here reaches the database through
 * {@code Jdbi.withHandle}/{@code useHandle}, which reuse that handle: so the repository calls made
 * inside {@code work} on the same thread run on one connection, in one transaction. A transaction inside
 * another simply joins it.
 *
 * <p>When PostgreSQL aborts the transaction as a deadlock victim or for a serialization failure, the
 * outermost transaction is rolled back and {@code work} runs again, a few times at most: the caller sees
 * the outcome, never the transient error. So {@code work} must be safe to run again, which it is when it
 * only reads and writes through the repositories.
 */
final class JdbiTransactions implements Transactions {
    static final int MAX_ATTEMPTS = 4;
    /** serialization_failure and deadlock_detected. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");
    /**
     * The owner's row is the lock every write of the owner takes first: held to the end of the transaction,
     * it makes a second write of the same owner wait, while other owners run freely. Taken first, always in
     * the same order, it adds no deadlock.
     */
    private static final String LOCK_OWNER = "SELECT id FROM users WHERE id = :owner FOR UPDATE";

    private final GuardedJdbi jdbi;

    JdbiTransactions(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.withHandle(handle -> handle.isInTransaction() ? work.get() : outermost(handle, work));
    }

    @Override
    public <T> T inOwnerTransaction(UserId owner, Supplier<T> work) {
        return inTransaction(() -> {
            jdbi.useHandle(handle -> handle.createQuery(LOCK_OWNER).bind("owner", owner.value())
                    .map((rs, ctx) -> rs.getObject(1)).findOne());
            return work.get();
        });
    }

    private static <T> T outermost(Handle handle, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return handle.inTransaction(inTransaction -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && TRANSIENT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short random wait, growing with each attempt, so that the transaction that won gets through before
     * the victim takes its locks again.
     */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
