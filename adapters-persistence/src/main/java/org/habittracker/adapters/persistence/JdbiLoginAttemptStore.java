package org.habittracker.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Failed log-ins in {@code login_attempts}, one row per failure. Being in the database, the count is the
 * same for every Lambda container, which is what makes throttling hold without a cache server.
 */
final class JdbiLoginAttemptStore implements LoginAttemptStore {
    /**
     * Prunes, inserts and counts in one statement. The key's failures before the window are deleted: the
     * window only moves forward, so they can never count again, and a key under attack stays small. The
     * count cannot see the row the same statement inserts (one snapshot), so that row is added to it
     * when it falls in the window.
     */
    private static final String RECORD_FAILURE =
            "WITH pruned AS (DELETE FROM login_attempts WHERE key = :key AND failed_at < :since), "
            + "inserted AS (INSERT INTO login_attempts (key, failed_at) VALUES (:key, :when) "
            + "RETURNING failed_at) "
            + "SELECT (SELECT count(*) FROM login_attempts WHERE key = :key AND failed_at >= :since) "
            + "     + (SELECT count(*) FROM inserted WHERE failed_at >= :since)";
    private static final String FAILURES_SINCE =
            "SELECT count(*) FROM login_attempts WHERE key = :key AND failed_at >= :since";
    private static final String LAST_FAILURE = "SELECT max(failed_at) FROM login_attempts WHERE key = :key";
    private static final String CLEAR = "DELETE FROM login_attempts WHERE key = :key";

    private static final RowMapper<Integer> COUNT = (rs, ctx) -> rs.getInt(1);
    /** No failure at all reads as the epoch: long enough ago for any window. */
    private static final RowMapper<Instant> LAST_OR_EPOCH = (rs, ctx) -> {
        OffsetDateTime last = rs.getObject(1, OffsetDateTime.class);
        return last == null ? Instant.EPOCH : last.toInstant();
    };

    private final GuardedJdbi jdbi;

    JdbiLoginAttemptStore(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int recordFailure(String key, Instant when, Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery(RECORD_FAILURE)
                .bind("key", key)
                .bind("when", Timestamps.utc(when))
                .bind("since", Timestamps.utc(since))
                .map(COUNT)
                .one());
    }

    @Override
    public int failuresSince(String key, Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery(FAILURES_SINCE)
                .bind("key", key)
                .bind("since", Timestamps.utc(since))
                .map(COUNT)
                .one());
    }

    @Override
    public Instant lastFailure(String key) {
        return jdbi.withHandle(handle -> handle.createQuery(LAST_FAILURE).bind("key", key).map(LAST_OR_EPOCH).one());
    }

    @Override
    public void clear(String key) {
        jdbi.useHandle(handle -> handle.createUpdate(CLEAR).bind("key", key).execute());
    }
}
