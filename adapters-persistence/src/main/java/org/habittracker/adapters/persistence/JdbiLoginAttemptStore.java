package org.habittracker.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Log-in attempts in {@code login_attempts}, one row per attempt counted. Being in the database, the count is the
 * same for every Lambda container, which is what makes throttling hold without a cache server.
 */
final class JdbiLoginAttemptStore implements LoginAttemptStore {
    /**
     * Makes the attempts of one key take turns until their transaction ends: without it two attempts could
     * both count four failures and both be let through. An advisory lock on the key's hash, since the key
     * may have no row yet to lock; two keys sharing a hash only wait for each other.
     */
    private static final String LOCK_KEY = "SELECT 1 FROM pg_advisory_xact_lock(hashtext(:key))";
    /**
     * Prunes, then inserts when the window has room. The key's attempts before the window are deleted: the
     * window only moves forward, so they can never count again, and a key under attack stays small. Run after
     * {@link #LOCK_KEY}, in a statement of its own, so that its snapshot sees every attempt committed before.
     */
    private static final String COUNT_ATTEMPT =
            "WITH pruned AS (DELETE FROM login_attempts WHERE key = :key AND failed_at < :since) "
            + "INSERT INTO login_attempts (key, failed_at) SELECT :key, :when "
            + "WHERE (SELECT count(*) FROM login_attempts WHERE key = :key AND failed_at >= :since) < :limit";
    private static final String WITHDRAW = "DELETE FROM login_attempts WHERE id = "
            + "(SELECT id FROM login_attempts WHERE key = :key AND failed_at = :when ORDER BY id DESC LIMIT 1)";
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
    public boolean countAttempt(String key, Instant when, Instant since, int limit) {
        return jdbi.withHandle(handle -> handle.inTransaction(transaction -> {
            transaction.createQuery(LOCK_KEY).bind("key", key).mapTo(Integer.class).one();
            return transaction.createUpdate(COUNT_ATTEMPT)
                    .bind("key", key)
                    .bind("when", Timestamps.utc(when))
                    .bind("since", Timestamps.utc(since))
                    .bind("limit", limit)
                    .execute() == 1;
        }));
    }

    @Override
    public void withdraw(String key, Instant when) {
        jdbi.useHandle(handle -> handle.createUpdate(WITHDRAW)
                .bind("key", key)
                .bind("when", Timestamps.utc(when))
                .execute());
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
