package org.habittracker.adapters.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a failure says about the database, read from the SQLStates in its chain of causes (JDBI wraps the
 * driver's exception, or Hikari's timeout, which carries the last connection failure as its cause).
 */
final class DatabaseFailures {
    /**
     * The server ended the connection: {@code admin_shutdown} (a smart or fast shutdown, {@code pg_terminate_backend})
     * and {@code crash_shutdown}. Its backend is gone, and with it any transaction it had open.
     */
    private static final Set<String> CONNECTION_ENDED = Set.of("57P01", "57P02");
    /** Besides class 08 (connection exception): starting up or shutting down, and no connection slot left. */
    private static final Set<String> NOT_ANSWERING = Set.of("57P01", "57P02", "57P03", "53300");
    /** Invalid password, invalid authorization: a rotated secret, read again. */
    private static final Set<String> CREDENTIALS_REFUSED = Set.of("28P01", "28000");
    /** Class 08 but not an outage: the driver and the server disagree about the protocol. */
    private static final String PROTOCOL_VIOLATION = "08P01";

    private DatabaseFailures() {
    }

    /**
     * Whether the database could not be reached or dropped the connection: refused, timed out, shutting down,
     * starting up, out of connection slots, or a pool with no connection to lend in time. Never when the
     * server refused our credentials (class 28): that is a fault of the configuration, or a rotated secret
     * read again ({@link DriverConnections}); nor when the database named does not exist.
     */
    static boolean unavailable(Throwable failure) {
        boolean unavailable = false;
        for (Throwable cause : chain(failure)) {
            if (!(cause instanceof SQLException sql)) {
                continue;
            }
            String state = sql.getSQLState();
            if (state != null && state.startsWith("28")) {
                return false;
            }
            if (state == null ? sql instanceof SQLTransientConnectionException : notAnswering(state)) {
                unavailable = true;
            }
        }
        return unavailable;
    }

    /**
     * Whether the pool could not make a connection because the database does not answer: its timeout carries the
     * last connect failure's SQLState (refused, timed out, starting up, shutting down, no slot left). Not a pool
     * whose connections were all busy (no SQLState): the database answers, it is only slow.
     */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause : chain(failure)) {
            if (cause instanceof SQLTransientConnectionException timeout && timeout.getSQLState() != null
                    && notAnswering(timeout.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the server refused our credentials: SQLState 28P01 (invalid password) or 28000 (invalid
     * authorization), wherever it sits in the causes (Hikari's timeout carries the driver's refusal as its cause).
     */
    static boolean credentialsRefused(Throwable failure) {
        return hasState(failure, CREDENTIALS_REFUSED);
    }

    /** Whether the server ended the connection the failing statement was sent on (it is stopping, or restarted). */
    static boolean connectionEnded(Throwable failure) {
        return hasState(failure, CONNECTION_ENDED);
    }

    /** Whether an SQL exception among the causes carries one of {@code states}. */
    private static boolean hasState(Throwable failure, Set<String> states) {
        for (Throwable cause : chain(failure)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean notAnswering(String state) {
        return (state.startsWith("08") && !state.equals(PROTOCOL_VIOLATION)) || NOT_ANSWERING.contains(state);
    }

    private static List<Throwable> chain(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }
}
