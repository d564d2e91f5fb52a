package org.habittracker.adapters.persistence;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link Jdbi} the ports share, built once, by whichever thread asks first: at a server's or a Lambda's start
 * a thread of its own asks at once, before the pool is even made ({@link PostgresPersistence#open}), so the build (JDBI's configuration registry:
 * its argument factories, mappers and collectors, some 400 classes and 200 lambdas, a quarter of a cold start's
 * main thread) runs beside the rest of the start instead of in front of it; elsewhere the first port call builds
 * it. Any other caller waits for the build under way. Building touches no database.
 */
final class JdbiBuild {
    private final Supplier<Jdbi> build;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<Jdbi> built = new CompletableFuture<>();

    JdbiBuild(Supplier<Jdbi> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    /** Builds {@code jdbi} now on a daemon thread of its own (a failure is left for the first port call to meet). */
    static void inBackground(JdbiBuild jdbi) {
        Thread thread = new Thread(() -> {
            try {
                jdbi.get();
            } catch (RuntimeException e) {
                // The first port call meets it again (the same failure) and reports it.
            }
        }, "habits-jdbi-build");
        thread.setDaemon(true);
        thread.start();
    }

    /** The Jdbi: built now on this thread if no thread has started to, else when the thread building it is done. */
    Jdbi get() {
        if (!built.isDone() && claimed.compareAndSet(false, true)) {
            try {
                built.complete(build.get());
            } catch (RuntimeException | Error e) {
                built.completeExceptionally(e);
            }
        }
        try {
            return built.join();
        } catch (CompletionException e) {
            // The build's own failure, as the caller that built it would have seen it (a bug: building reads nothing).
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
