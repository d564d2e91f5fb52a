package org.habittracker.adapters.persistence;

import java.util.Objects;
import org.habittracker.adapters.persistence.startup.SchemaGate;
import org.habittracker.application.port.out.DatabaseUnavailableException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionCallback;
import org.jdbi.v3.core.extension.ExtensionConsumer;

/**
 * The {@link Jdbi} calls the ports make, each past the {@link SchemaGate} (a schema being migrated, or whose
 * migration failed, is a database that is not available yet) and through the {@link OutageGuard}: the one way
 * every port reaches the database, so the gate and the guard sit here once instead of in a proxy around each port (proxy classes are
 * generated when the JVM starts, which a Lambda cold start pays for, and calls through them are reflective).
 * Same names and meaning as {@link Jdbi}'s; callbacks throw no checked exception.
 */
final class GuardedJdbi {
    private final Jdbi jdbi;
    private final OutageGuard outages;
    private final SchemaGate schema;

    GuardedJdbi(Jdbi jdbi, OutageGuard outages, SchemaGate schema) {
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

    <R, E> R withExtension(Class<E> extensionType, ExtensionCallback<R, E, RuntimeException> callback) {
        schemaReady();
        return outages.call(() -> jdbi.withExtension(extensionType, callback));
    }

    <E> void useExtension(Class<E> extensionType, ExtensionConsumer<E, RuntimeException> callback) {
        schemaReady();
        outages.call(() -> {
            jdbi.useExtension(extensionType, callback);
            return null;
        });
    }

    <R> R withHandle(HandleCallback<R, RuntimeException> callback) {
        schemaReady();
        return outages.call(() -> jdbi.withHandle(callback));
    }
}
