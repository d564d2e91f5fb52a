package org.habittracker.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.mapper.RowMapper;

/** Sessions in {@code sessions}, keyed by the SHA-256 of the token: the token itself never reaches the database. */
final class JdbiSessionStore implements SessionStore {
    private static final String SAVE = "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
            + "VALUES (:tokenHash, :userId, :createdAt, :expiresAt) "
            + "ON CONFLICT (token_hash) DO UPDATE SET user_id = excluded.user_id, "
            + "created_at = excluded.created_at, expires_at = excluded.expires_at";
    private static final String FIND = "SELECT token_hash, user_id, created_at, expires_at FROM sessions "
            + "WHERE token_hash = :tokenHash";
    private static final String EXTEND = "UPDATE sessions SET expires_at = :expiresAt WHERE token_hash = :tokenHash";
    private static final String REVOKE = "DELETE FROM sessions WHERE token_hash = :tokenHash";
    private static final String REVOKE_ALL = "DELETE FROM sessions WHERE user_id = :userId";

    private static final RowMapper<Session> SESSION = (rs, ctx) -> new Session(
            new TokenHash(rs.getString("token_hash")),
            new UserId(rs.getObject("user_id", UUID.class)),
            Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)),
            Timestamps.instant(rs.getObject("expires_at", OffsetDateTime.class)));

    private final GuardedJdbi jdbi;

    JdbiSessionStore(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(Session session) {
        jdbi.useHandle(handle -> handle.createUpdate(SAVE)
                .bind("tokenHash", session.tokenHash().hex())
                .bind("userId", session.userId().value())
                .bind("createdAt", Timestamps.utc(session.createdAt()))
                .bind("expiresAt", Timestamps.utc(session.expiresAt()))
                .execute());
    }

    @Override
    public Optional<Session> find(TokenHash tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND)
                .bind("tokenHash", tokenHash.hex())
                .map(SESSION)
                .findOne());
    }

    @Override
    public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
        return jdbi.withHandle(handle -> handle.createUpdate(EXTEND)
                .bind("tokenHash", tokenHash.hex())
                .bind("expiresAt", Timestamps.utc(newExpiresAt))
                .execute()) > 0;
    }

    @Override
    public void revoke(TokenHash tokenHash) {
        jdbi.useHandle(handle -> handle.createUpdate(REVOKE).bind("tokenHash", tokenHash.hex()).execute());
    }

    @Override
    public void revokeAll(UserId userId) {
        jdbi.useHandle(handle -> handle.createUpdate(REVOKE_ALL).bind("userId", userId.value()).execute());
    }
}
