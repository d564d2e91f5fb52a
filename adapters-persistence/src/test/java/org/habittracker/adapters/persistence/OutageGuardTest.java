package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.habittracker.application.port.out.DatabaseUnavailableException;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * The guard every database port sits behind: outages reported as such, a database known to be down answered at
 * once and probed apart from the pool, a connection ended before use replaced.
 */
class OutageGuardTest {

    /** A port whose calls do what the test queues: complete some statements, then fail or answer. */
    interface Port {
        String call();
    }

    /** Longer than the guard's own, so that a slow machine does not see it pass between two calls. */
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(400);

    private final AtomicInteger forgotten = new AtomicInteger();
    private final Deque<String> probeAnswers = new ArrayDeque<>();
    private final AtomicInteger probes = new AtomicInteger();
    private final OutageGuard guard = new OutageGuard(forgotten::incrementAndGet, () -> {
        probes.incrementAndGet();
        String state = probeAnswers.removeFirst();
        if (!state.equals("up")) {
            throw failingState(state);
        }
    }, PROBE_INTERVAL);
    private final SqlLogger statements = guard.statementCounter();
    private final Deque<Supplier<String>> steps = new ArrayDeque<>();
    private final AtomicInteger calls = new AtomicInteger();
    /** A port as the repositories are: its use of the database goes through the guard (as {@link GuardedJdbi} does). */
    private final Port port = () -> guard.call(() -> {
        calls.incrementAndGet();
        return steps.removeFirst().get();
    });

    private static PSQLException failingState(String state) {
        return new PSQLException("FATAL: terminating connection", PSQLState.UNKNOWN_STATE) {
            @Override
            public String getSQLState() {
                return state;
            }
        };
    }

    private static RuntimeException failure(String state) {
        return new RuntimeException(failingState(state));
    }

    /** As JDBI reports Hikari giving up because it could not connect. */
    private static Supplier<String> poolCannotConnect() {
        return () -> {
            throw new ConnectionException(new SQLTransientConnectionException(
                    "habits-db - Connection is not available, request timed out after 2501ms", "08001",
                    failingState("08001")));
        };
    }

    private static void sleepPastTheProbeInterval() {
        try {
            Thread.sleep(PROBE_INTERVAL.toMillis() + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Supplier<String> failsWith(String state, int statementsCompletedFirst) {
        return () -> {
            for (int i = 0; i < statementsCompletedFirst; i++) {
                statements.logAfterExecution(null);
            }
            throw failure(state);
        };
    }

    @Test
    @DisplayName("a first statement that meets a connection the server ended runs again on a new connection")
    void aConnectionEndedBeforeUseIsReplaced() {
        steps.add(failsWith("57P01", 0));
        probeAnswers.add("up"); // the server restarted already
        steps.add(() -> "answer");

        assertThat(port.call()).isEqualTo("answer");
        assertThat(calls).hasValue(2);
        assertThat(forgotten).hasValue(1);
    }

    @Test
    @DisplayName("a connection the server ended while it is going away: unavailable at once, and known to be down")
    void aConnectionEndedByAServerGoingAwayIsAnsweredAtOnce() {
        steps.add(failsWith("57P01", 0));
        probeAnswers.add("57P03"); // the database system is shutting down

        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(calls).as("not run again: the pool would only wait its connection timeout").hasValue(1);
        assertThat(guard.knownDown()).isTrue();
        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(calls).as("the next call is answered without reaching the pool").hasValue(1);
        assertThat(probes).hasValue(1);
    }

    @Test
    @DisplayName("a call that had completed a statement is not run again: it is reported as the database unavailable")
    void aCallThatDidSomethingIsNotRepeated() {
        steps.add(failsWith("57P01", 1));

        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(calls).hasValue(1);
        assertThat(forgotten).hasValue(0);
    }

    @Test
    @DisplayName("the second try is the last: if it fails too, the database is unavailable")
    void onlyOneMoreTry() {
        steps.add(failsWith("57P01", 0));
        probeAnswers.add("up");
        steps.add(failsWith("08001", 0));

        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class)
                .hasRootCauseInstanceOf(PSQLException.class);
        assertThat(calls).hasValue(2);
    }

    @Test
    @DisplayName("a refused connect is reported at once, a refused password and any other failure as they are")
    void failuresOtherThanAnEndedConnection() {
        steps.add(failsWith("08001", 0));
        steps.add(failsWith("28P01", 0));
        steps.add(() -> {
            throw new IllegalArgumentException("a bug");
        });

        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class);
        assertThatThrownBy(port::call).isNotInstanceOf(DatabaseUnavailableException.class)
                .hasRootCauseInstanceOf(PSQLException.class);
        assertThatThrownBy(port::call).isInstanceOf(IllegalArgumentException.class).hasMessage("a bug");
        assertThat(calls).hasValue(3);
        assertThat(forgotten).hasValue(0);
    }

    @Test
    @DisplayName("inside a transaction a port call neither retries nor translates: the transaction runs again as a whole")
    void callsInsideATransactionBelongToIt() {
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return guard.call(work); // as JdbiTransactions does, through GuardedJdbi.withHandle
            }

            @Override
            public <T> T inOwnerTransaction(UserId owner, Supplier<T> work) {
                return inTransaction(work);
            }
        };
        steps.add(failsWith("57P01", 0));
        probeAnswers.add("up");
        steps.add(() -> "second try of the transaction");

        assertThat(transactions.inTransaction(port::call)).isEqualTo("second try of the transaction");
        assertThat(calls).hasValue(2);
        assertThat(forgotten).hasValue(1);
    }

    @Test
    @DisplayName("once the pool could not connect, calls fail at once without reaching the pool, until a probe "
            + "outside the pool connects; a busy pool (no connect failure) is not an outage")
    void aDatabaseKnownToBeDownIsAnsweredAtOnceAndProbed() {
        steps.add(poolCannotConnect());
        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(guard.knownDown()).isTrue();

        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class)
                .hasRootCauseInstanceOf(PSQLException.class);
        assertThat(calls).as("not even tried: the probe interval has not passed").hasValue(1);
        assertThat(probes).hasValue(0);

        sleepPastTheProbeInterval();
        probeAnswers.add("08001");
        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class);
        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(probes).as("one probe an interval").hasValue(1);
        assertThat(calls).hasValue(1);

        sleepPastTheProbeInterval();
        probeAnswers.add("up");
        steps.add(() -> "answer");
        assertThat(port.call()).isEqualTo("answer");
        assertThat(guard.knownDown()).isFalse();

        steps.add(() -> {
            throw new ConnectionException(new SQLTransientConnectionException("habits-db - Connection is not "
                    + "available, request timed out after 2501ms (total=2, active=2, idle=0, waiting=3)"));
        });
        assertThatThrownBy(port::call).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(guard.knownDown()).isFalse();
    }
}
