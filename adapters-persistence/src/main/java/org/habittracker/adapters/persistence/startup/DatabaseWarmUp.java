package org.habittracker.adapters.persistence.startup;

import org.habittracker.application.port.out.DatabaseHealth;

/**
 * While the rest of the handler is built (JSON, routes), a background thread opens the pool's first
 * connection and runs one query through it: the driver's and JDBI's statement path load and the TCP and
 * authentication round trips happen then, instead of in front of the first request. It writes nothing and
 * fails quietly (the health check reports a database that does not answer). On one core this only moves
 * work; with two, the start overlaps it.
 */
public final class DatabaseWarmUp implements Runnable {

    private final DatabaseHealth database;
    private final SchemaGate schema;

    private DatabaseWarmUp(DatabaseHealth database, SchemaGate schema) {
        this.database = database;
        this.schema = schema;
    }

    /** After the schema is ready (waiting for a migration started at init), one query through the pool. */
    public static Thread start(DatabaseHealth database, SchemaGate schema) {
        Thread thread = new Thread(new DatabaseWarmUp(database, schema), "habits-db-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        if (schema.ensureReady().isEmpty()) {
            database.probe(); // reports rather than throws (the first port call waits for JDBI's build)
        }
    }
}
