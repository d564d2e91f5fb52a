package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures are a database that does not answer, and which mean the server ended the connection. */
class DatabaseFailuresTest {

    /** As JDBI reports Hikari giving up: its timeout, carrying the driver's last connect failure. */
    private static ConnectionException poolTimeout(SQLException lastConnectFailure) {
        String state = lastConnectFailure == null ? null : lastConnectFailure.getSQLState();
        return new ConnectionException(new SQLTransientConnectionException(
                "habits-db - Connection is not available, request timed out after 2501ms", state, lastConnectFailure));
    }

    private static PSQLException state(String state) {
        return new PSQLException("FATAL: something", PSQLState.UNKNOWN_STATE) {
            @Override
            public String getSQLState() {
                return state;
            }
        };
    }

    @Test
    @DisplayName("a refused connect, a shutdown, a start-up, no free slot and a pool with nothing to lend are the "
            + "database not answering")
    void outagesAreUnavailable() {
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));

        assertThat(DatabaseFailures.unavailable(poolTimeout(refused))).isTrue();
        assertThat(DatabaseFailures.unavailable(poolTimeout(null))).isTrue();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(state("57P01")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(state("57P02")))).isTrue();
        assertThat(DatabaseFailures.unavailable(poolTimeout(state("57P03")))).isTrue();
        assertThat(DatabaseFailures.unavailable(poolTimeout(state("53300")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(state("08006")))).isTrue();
    }

    @Test
    @DisplayName("a refused password, a missing database, a protocol violation, a constraint or no SQL at all are not")
    void otherFailuresAreNot() {
        assertThat(DatabaseFailures.unavailable(poolTimeout(state("28P01")))).isFalse();
        assertThat(DatabaseFailures.unavailable(poolTimeout(state("28000")))).isFalse();
        assertThat(DatabaseFailures.unavailable(poolTimeout(state("3D000")))).isFalse();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(state("08P01")))).isFalse();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(state("23505")))).isFalse();
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("no"))).isFalse();
    }

    @Test
    @DisplayName("unreachable: the pool gave up because connecting failed, not because its connections were busy")
    void unreachable() {
        assertThat(DatabaseFailures.unreachable(poolTimeout(state("08001")))).isTrue();
        assertThat(DatabaseFailures.unreachable(poolTimeout(state("57P03")))).isTrue();
        assertThat(DatabaseFailures.unreachable(poolTimeout(null))).isFalse();
        assertThat(DatabaseFailures.unreachable(poolTimeout(state("28P01")))).isFalse();
        assertThat(DatabaseFailures.unreachable(new RuntimeException(state("57P01")))).isFalse();
    }

    @Test
    @DisplayName("the server ended the connection: an administrator's or a crash's shutdown, nothing else")
    void connectionEnded() {
        assertThat(DatabaseFailures.connectionEnded(new RuntimeException(state("57P01")))).isTrue();
        assertThat(DatabaseFailures.connectionEnded(new RuntimeException(state("57P02")))).isTrue();
        assertThat(DatabaseFailures.connectionEnded(new RuntimeException(state("08006")))).isFalse();
        assertThat(DatabaseFailures.connectionEnded(poolTimeout(state("57P03")))).isFalse();
        assertThat(DatabaseFailures.connectionEnded(new IllegalStateException("no"))).isFalse();
    }

    @Test
    @DisplayName("refused credentials are recognised by SQLState 28P01 and 28000 anywhere in the causes, and nothing else is")
    void credentialsRefused() {
        var refused = new RuntimeException("pool timeout", new SQLTransientConnectionException("timeout", "08001",
                new SQLException("password authentication failed", "28P01")));
        var noRole = new SQLException("role does not exist", "28000");
        var other = new RuntimeException(new SQLException("connection refused", "08001"));

        assertThat(DatabaseFailures.credentialsRefused(refused)).isTrue();
        assertThat(DatabaseFailures.credentialsRefused(noRole)).isTrue();
        assertThat(DatabaseFailures.credentialsRefused(other)).isFalse();
        assertThat(DatabaseFailures.credentialsRefused(new IllegalStateException())).isFalse();
    }
}
