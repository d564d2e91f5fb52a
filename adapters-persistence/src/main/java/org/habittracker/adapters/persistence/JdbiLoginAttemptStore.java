package org.habittracker.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Failed log-ins in {@code login_attempts}, one row per failure. Being in the database, the count is the
 * same for every Lambda container, which is what makes throttling hold without a cache server.
 */
final class JdbiLoginAttemptStore implements LoginAttemptStore {

    interface Sql {
        /**
         * Prunes, inserts and counts in one statement. The key's failures before the window are deleted: the
         * window only moves forward, so they can never count again, and a key under attack stays small. The
         * count cannot see the row the same statement inserts (one snapshot), so that row is added to it
         * when it falls in the window.
         */
        @SqlQuery("WITH pruned AS (DELETE FROM login_attempts WHERE key = :key AND failed_at < :since), "
                + "inserted AS (INSERT INTO login_attempts (key, failed_at) VALUES (:key, :when) "
                + "RETURNING failed_at) "
                + "SELECT (SELECT count(*) FROM login_attempts WHERE key = :key AND failed_at >= :since) "
                + "     + (SELECT count(*) FROM inserted WHERE failed_at >= :since)")
        int recordFailure(String key, OffsetDateTime when, OffsetDateTime since);

        @SqlQuery("SELECT count(*) FROM login_attempts WHERE key = :key AND failed_at >= :since")
        int failuresSince(String key, OffsetDateTime since);

        @SqlQuery("SELECT max(failed_at) FROM login_attempts WHERE key = :key")
        OffsetDateTime lastFailure(String key);

        @SqlUpdate("DELETE FROM login_attempts WHERE key = :key")
        void clear(String key);
    }

    private final GuardedJdbi jdbi;

    JdbiLoginAttemptStore(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int recordFailure(String key, Instant when, Instant since) {
        return jdbi.withExtension(Sql.class,
                sql -> sql.recordFailure(key, Timestamps.utc(when), Timestamps.utc(since)));
    }

    @Override
    public int failuresSince(String key, Instant since) {
        return jdbi.withExtension(Sql.class, sql -> sql.failuresSince(key, Timestamps.utc(since)));
    }

    @Override
    public Instant lastFailure(String key) {
        OffsetDateTime last = jdbi.withExtension(Sql.class, sql -> sql.lastFailure(key));
        return last == null ? Instant.EPOCH : last.toInstant();
    }

    @Override
    public void clear(String key) {
        jdbi.useExtension(Sql.class, sql -> sql.clear(key));
    }
}
