package org.habittracker.adapters.persistence;

import java.util.Objects;
import org.habittracker.adapters.persistence.startup.SchemaGate;
import org.habittracker.application.port.out.DatabaseUnavailableException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link Jdbi} calls the ports make, each past the {@link SchemaGate} (a schema being migrated, or whose
 * migration failed, is a database that is not available yet) and through the {@link OutageGuard}: the one way
 * every port reaches the database, so the gate and the guard sit here once instead of in a proxy around each port (proxy classes are
 * generated when the JVM starts, which a Lambda cold start pays for, and calls through them are reflective).
 * Only handles: the ports write their statements with JDBI's fluent API, whose first use builds nothing (SQL
 * objects parse annotations and generate a proxy class per interface on the first call, most of a cold start's
 * first request). Same names and meaning as {@link Jdbi}'s; callbacks throw no checked exception. The {@code Jdbi}
 * itself may still be being built when the first call comes ({@link JdbiBuild}): that call waits for it.
 */
final class GuardedJdbi {
    private final JdbiBuild jdbi;
    private final OutageGuard outages;
    private final SchemaGate schema;

    GuardedJdbi(JdbiBuild jdbi, OutageGuard outages, SchemaGate schema) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.outages = Objects.requireNonNull(outages, "outages");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Waits for a migration under way, or runs one that waits for the first call; else says why not. */
    private void schemaReady() {
        schema.ensureReady().ifPresent(why -> {
            throw new DatabaseUnavailableException(why);
        });
    }

    <R> R withHandle(HandleCallback<R, RuntimeException> callback) {
        schemaReady();
        Jdbi built = jdbi.get();
        return outages.call(() -> built.withHandle(callback));
    }

    void useHandle(HandleConsumer<RuntimeException> callback) {
        schemaReady();
        Jdbi built = jdbi.get();
        outages.call(() -> {
            built.useHandle(callback);
            return null;
        });
    }
}
