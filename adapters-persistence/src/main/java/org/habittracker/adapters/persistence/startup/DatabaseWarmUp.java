package org.habittracker.adapters.persistence.startup;

import java.util.Objects;
import java.util.Optional;
import org.habittracker.application.port.out.DatabaseHealth;

/**
 * While the rest of the handler is built (JSON, routes, use cases), a background thread builds the database
 * client (JDBI's configuration, which touches no database) and then, when the start may reach the database,
 * opens the pool's first connection and runs one query through it: the driver's and JDBI's statement path
 * load and the TCP and authentication round trips happen then, instead of in front of the first request. It
 * writes nothing and fails quietly (the first port call builds the client itself and reports what fails; the
 * health check reports a database that does not answer). On one core this only moves work; with two, the
 * start overlaps it.
 */
public final class DatabaseWarmUp implements Runnable {

    private final Runnable buildClient;
    private final SchemaGate schema;
    private final Optional<DatabaseHealth> firstQuery;

    private DatabaseWarmUp(Runnable buildClient, SchemaGate schema, Optional<DatabaseHealth> firstQuery) {
        this.buildClient = Objects.requireNonNull(buildClient, "buildClient");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.firstQuery = Objects.requireNonNull(firstQuery, "firstQuery");
    }

    /**
     * Builds the client now, on a thread of its own; then, with {@code firstQuery} (only when the start may touch
     * the database), waits for the schema (a migration started at init) and runs one probe through the pool.
     */
    public static Thread start(Runnable buildClient, SchemaGate schema, Optional<DatabaseHealth> firstQuery) {
        Thread thread = new Thread(new DatabaseWarmUp(buildClient, schema, firstQuery), "habits-db-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try {
            buildClient.run();
        } catch (RuntimeException e) {
            return; // the first port call builds it again and reports why it cannot
        }
        if (firstQuery.isPresent() && schema.ensureReady().isEmpty()) {
            firstQuery.get().probe(); // reports rather than throws
        }
    }
}
