package org.habittracker.application.port.out;

import java.util.function.Supplier;
import org.habittracker.domain.user.UserId;

/**
 * Runs work that writes more than once as one unit: it all happens or none of it does. Repository calls
 * made inside {@code work} on the same thread join the transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * As {@link #inTransaction}, and one at a time per owner: a write of the same owner that starts meanwhile
     * waits until this one has committed or rolled back. So what {@code work} checks before it writes (a limit,
     * the next position) still holds when it writes, however many requests of the owner run in parallel.
     */
    <T> T inOwnerTransaction(UserId owner, Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
