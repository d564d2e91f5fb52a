package org.habittracker.adapters.persistence.startup;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * When the schema is brought up to date, and the gate every port call passes until it is (the persistence
 * adapter's {@code GuardedJdbi}: a call that finds it failing reports the database unavailable, 503).
 *
 * <ul>
 * <li>{@link #inBackground}: at start, on a thread of its own, while the rest of the handler is built (the
 * check and the connection wait on the network, the rest of the start on the CPU); the first request waits
 * for it.</li>
 * <li>{@link #beforeFirstCall}: on the first port call (when the database password is a secret, which nothing
 * may read at init).</li>
 * </ul>
 * A migration that failed is tried again by the next call, on the caller's thread; until one succeeds,
 * every call (health's included) asks again.
 */
public final class SchemaGate {

    /** Why the port calls cannot run yet: the migration's failure, named as such in the health probe's message. */
    public static final class NotReady extends RuntimeException {
        NotReady(RuntimeException migrationFailure) {
            super("the schema is not migrated yet: " + innermost(migrationFailure), migrationFailure);
        }

        private static String innermost(Throwable error) {
            Throwable root = error;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        }
    }

    private final Optional<Runnable> migration;
    private final Optional<CompletableFuture<Void>> background;
    private volatile boolean ready;

    private SchemaGate(Optional<Runnable> migration, Optional<CompletableFuture<Void>> background, boolean ready) {
        this.migration = migration;
        this.background = background;
        this.ready = ready;
    }

    public static SchemaGate open() {
        return new SchemaGate(Optional.empty(), Optional.empty(), true);
    }

    public static SchemaGate beforeFirstCall(Runnable migration) {
        return new SchemaGate(Optional.of(Objects.requireNonNull(migration, "migration")), Optional.empty(), false);
    }

    /** Starts {@code migration} now on a thread of its own; the first call waits for it (or retries it). */
    public static SchemaGate inBackground(Runnable migration) {
        Objects.requireNonNull(migration, "migration");
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    migration.run();
                    done.complete(null);
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            }
        }, "habits-schema");
        thread.setDaemon(true);
        thread.start();
        return new SchemaGate(Optional.of(migration), Optional.of(done), false);
    }

    /** Empty once the schema is ready (waiting for, or migrating it now if it was not); else why it is not. */
    public Optional<RuntimeException> ensureReady() {
        if (ready) {
            return Optional.empty();
        }
        synchronized (this) {
            if (ready) {
                return Optional.empty();
            }
            if (background.isPresent() && succeeded(background.get())) {
                ready = true;
                return Optional.empty();
            }
            try {
                migration.orElseThrow().run();
                ready = true;
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of(new NotReady(e));
            }
        }
    }

    /** Waits for the start's attempt; false when it failed (the caller then tries again itself). */
    private static boolean succeeded(CompletableFuture<Void> attempt) {
        try {
            attempt.get();
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the schema is known to be ready (without waiting). */
    public boolean ready() {
        return ready;
    }

    /** Whether it is ready or being made ready at start: whether the start may touch the database. */
    public boolean startsAtInit() {
        return ready || background.isPresent();
    }
}
