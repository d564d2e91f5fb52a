package org.habittracker.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work that writes more than once as one unit: it all happens or none of it does. Repository calls
 * made inside {@code work} on the same thread join the transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
