package org.habittracker.adapters.persistence;

import java.time.Duration;
import org.habittracker.adapters.persistence.startup.SchemaGate;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.DatabaseHealth;

/**
 * {@code SELECT 1} on a pooled connection. Waits at most the pool's connection timeout for a connection
 * and {@value #QUERY_TIMEOUT_SECONDS} s for the answer, and reports any failure instead of throwing it. A
 * connection the server had ended (it restarted since the pool last used it) is not a database that is down:
 * the probe then runs once more on a new one, as any port call does ({@link GuardedJdbi}, {@link OutageGuard}).
 */
final class JdbiDatabaseHealth implements DatabaseHealth {
    static final int QUERY_TIMEOUT_SECONDS = 1;

    private final GuardedJdbi jdbi;

    JdbiDatabaseHealth(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ComponentHealth probe() {
        long start = System.nanoTime();
        try {
            int answer = jdbi.withHandle(handle -> handle.createQuery("SELECT 1")
                    .setQueryTimeout(QUERY_TIMEOUT_SECONDS)
                    .mapTo(Integer.class)
                    .one());
            if (answer != 1) {
                return ComponentHealth.unhealthy("unexpected answer " + answer, elapsedMs(start));
            }
            return ComponentHealth.healthy(elapsedMs(start));
        } catch (RuntimeException e) {
            return ComponentHealth.unhealthy(describe(e), elapsedMs(start));
        }
    }

    /**
     * The innermost message: the driver's words ("Connection refused"…), without a stack trace; or, for a schema
     * not migrated yet, the gate's, which says so before naming the innermost cause.
     */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof SchemaGate.NotReady)) {
            root = root.getCause();
        }
        if (root instanceof SchemaGate.NotReady) {
            return root.getMessage();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static long elapsedMs(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
