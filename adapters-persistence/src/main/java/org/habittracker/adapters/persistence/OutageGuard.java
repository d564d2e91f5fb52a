package org.habittracker.adapters.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.habittracker.application.port.out.DatabaseUnavailableException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * What every port the database serves does about an outage, in one place rather than in each repository.
 *
 * <ul>
 * <li><b>Reported as such.</b> A database that cannot be reached or dropped the connection
 * ({@link DatabaseFailures#unavailable}) is reported as {@link DatabaseUnavailableException}, which the callers
 * answer 503 and not as a fault of ours.</li>
 * <li><b>Known to be down: answered at once, and tried apart from the pool.</b> Once the pool could not connect
 * ({@link DatabaseFailures#unreachable}), calls fail at once with {@link DatabaseUnavailableException} instead of
 * each waiting the pool's connection timeout; every {@link #PROBE_INTERVAL} one of them first tries a connection
 * of its own, outside the pool ({@link Probe}), and the first that succeeds lets every call through again.
 * Besides sparing the callers the wait, this is what makes the recovery quick: while callers wait on it, Hikari
 * keeps trying to connect with a backoff that doubles up to 5 s, so a database back after a long outage could
 * stay unused for 5 s more. With nobody waiting, Hikari stops trying, and starts afresh on the next call.</li>
 * <li><b>A connection the server ended before it was used is replaced.</b> A call whose <em>first</em>
 * statement met a connection the server had already ended (it was stopped or restarted since the pool last
 * used the connection: Hikari does not check a connection it used less than half a second ago before lending
 * it) runs once more, after the pool has let go of every connection it held, so a restart between two
 * requests fails neither. The server ran nothing of that call (its backend was gone), so running it again is
 * safe for writes too. A call that had completed a statement before is not run again; it fails as above.
 * Before running it again, a connection outside the pool tells whether the server is back or going away
 * (shutting down, refusing): if it is going away, the database is known to be down from then on, and the
 * call and those after it are answered at once instead of each waiting the pool's connection timeout.</li>
 * </ul>
 *
 * Only the outermost call on a thread does any of this: the calls made inside
 * {@code Transactions.inTransaction} belong to the transaction, which is what runs again. The ports reach it
 * through {@link GuardedJdbi}, the one way they use the database.
 */
final class OutageGuard {
    /** How often, at most, a call tries the database while it is known to be down. */
    static final Duration PROBE_INTERVAL = Duration.ofMillis(100);

    /** A connection made outside the pool, closed at once; throws when there is none. */
    @FunctionalInterface
    interface Probe {
        void connect() throws SQLException;
    }

    /** The port calls running on a thread, and the statements JDBI has completed on it. */
    private static final class Calls {
        int depth;
        long completedStatements;
    }

    private final ThreadLocal<Calls> calls = ThreadLocal.withInitial(Calls::new);
    private final Runnable forgetConnections;
    private final Probe probe;
    private final long probeIntervalNanos;
    /** Why the database is down; null while it is not known to be. */
    private volatile Throwable outage;
    /** {@link System#nanoTime} from which the next probe may run. */
    private final AtomicLong nextProbe = new AtomicLong();

    /**
     * @param forgetConnections makes the pool close every connection it holds (idle now, lent when returned)
     * @param probe             connects to the database outside the pool
     */
    OutageGuard(Runnable forgetConnections, Probe probe) {
        this(forgetConnections, probe, PROBE_INTERVAL);
    }

    OutageGuard(Runnable forgetConnections, Probe probe, Duration probeInterval) {
        this.forgetConnections = Objects.requireNonNull(forgetConnections, "forgetConnections");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.probeIntervalNanos = probeInterval.toNanos();
    }

    /** Counts the statements JDBI completes; to be installed on the {@code Jdbi} the ports use. */
    SqlLogger statementCounter() {
        return new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                calls.get().completedStatements++;
            }
        };
    }

    /** Whether the database is known to be down (until a probe or a call finds it up). */
    boolean knownDown() {
        return outage != null;
    }

    /** Runs {@code work}, one port call's use of the database, guarded as described above. */
    <T> T call(Supplier<T> work) {
        Calls state = calls.get();
        if (state.depth > 0) {
            return work.get();
        }
        state.depth = 1;
        try {
            admit();
            long completedBefore = state.completedStatements;
            try {
                return up(work.get());
            } catch (RuntimeException e) {
                if (state.completedStatements != completedBefore || !DatabaseFailures.connectionEnded(e)) {
                    throw reported(e);
                }
                forgetConnections.run();
                // Going away (stopping) rather than back already (restarted)? Then say so now, to this call and
                // the ones after it, instead of letting each wait the pool's connection timeout.
                probeOutsideThePool();
            }
            try {
                return up(work.get());
            } catch (RuntimeException e) {
                throw reported(e);
            }
        } finally {
            state.depth = 0;
        }
    }

    /**
     * Lets a call through unless the database is known to be down; then the first call after each probe
     * interval probes it, and the others fail at once.
     */
    private void admit() {
        Throwable down = outage;
        if (down == null) {
            return;
        }
        long now = System.nanoTime();
        long due = nextProbe.get();
        if (now - due < 0 || !nextProbe.compareAndSet(due, now + probeIntervalNanos)) {
            throw new DatabaseUnavailableException(down);
        }
        probeOutsideThePool();
        outage = null;
    }

    /** Connects outside the pool; when the database does not answer, it is known to be down from now on. */
    private void probeOutsideThePool() {
        try {
            probe.connect();
        } catch (SQLException | RuntimeException e) {
            if (DatabaseFailures.unavailable(e)) {
                nextProbe.set(System.nanoTime() + probeIntervalNanos);
                outage = e;
                throw new DatabaseUnavailableException(e);
            }
            // Connecting failed for a reason of its own (a refused password): let the pool meet it and report it.
        }
    }

    private <T> T up(T result) {
        if (outage != null) {
            outage = null;
        }
        return result;
    }

    private RuntimeException reported(RuntimeException failure) {
        if (failure instanceof DatabaseUnavailableException || !DatabaseFailures.unavailable(failure)) {
            return failure;
        }
        if (DatabaseFailures.unreachable(failure)) {
            nextProbe.set(System.nanoTime() + probeIntervalNanos);
            outage = failure;
        }
        return new DatabaseUnavailableException(failure);
    }
}
