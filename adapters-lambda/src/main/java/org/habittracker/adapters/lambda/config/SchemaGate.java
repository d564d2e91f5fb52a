package org.habittracker.adapters.lambda.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Migrations that wait for the first request: when the database password comes from a secret that is read
 * only on first use, the schema is brought up to date before the first request instead of at start. Until
 * that succeeds every request (health included) asks again; a request that finds it failing is answered
 * 503.
 */
final class SchemaGate {

    private final Optional<Runnable> migration;
    private volatile boolean ready;

    private SchemaGate(Optional<Runnable> migration, boolean ready) {
        this.migration = migration;
        this.ready = ready;
    }

    static SchemaGate open() {
        return new SchemaGate(Optional.empty(), true);
    }

    static SchemaGate beforeFirstRequest(Runnable migration) {
        return new SchemaGate(Optional.of(Objects.requireNonNull(migration, "migration")), false);
    }

    /** Empty once the schema is ready (migrating it now if it was not); else why it is not. */
    Optional<RuntimeException> ensureReady() {
        if (ready) {
            return Optional.empty();
        }
        synchronized (this) {
            if (ready) {
                return Optional.empty();
            }
            try {
                migration.orElseThrow().run();
                ready = true;
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of(e);
            }
        }
    }

    boolean ready() {
        return ready;
    }
}
