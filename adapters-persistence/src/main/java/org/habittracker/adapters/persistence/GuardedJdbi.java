package org.habittracker.adapters.persistence;

import java.util.Objects;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionCallback;
import org.jdbi.v3.core.extension.ExtensionConsumer;

/**
 * The {@link Jdbi} calls the ports make, each through the {@link OutageGuard}: the one way every port reaches
 * the database, so the guard sits here once instead of in a proxy around each port (proxy classes are
 * generated when the JVM starts, which a Lambda cold start pays for, and calls through them are reflective).
 * Same names and meaning as {@link Jdbi}'s; callbacks throw no checked exception.
 */
final class GuardedJdbi {
    private final Jdbi jdbi;
    private final OutageGuard outages;

    GuardedJdbi(Jdbi jdbi, OutageGuard outages) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.outages = Objects.requireNonNull(outages, "outages");
    }

    <R, E> R withExtension(Class<E> extensionType, ExtensionCallback<R, E, RuntimeException> callback) {
        return outages.call(() -> jdbi.withExtension(extensionType, callback));
    }

    <E> void useExtension(Class<E> extensionType, ExtensionConsumer<E, RuntimeException> callback) {
        outages.call(() -> {
            jdbi.useExtension(extensionType, callback);
            return null;
        });
    }

    <R> R withHandle(HandleCallback<R, RuntimeException> callback) {
        return outages.call(() -> jdbi.withHandle(callback));
    }
}
