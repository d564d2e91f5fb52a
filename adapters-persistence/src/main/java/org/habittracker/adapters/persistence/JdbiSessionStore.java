package org.habittracker.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.Session;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sessions in {@code sessions}, keyed by the SHA-256 of the token: the token itself never reaches the database. */
final class JdbiSessionStore implements SessionStore {

    @RegisterConstructorMapper(SessionRow.class)
    interface Sql {
        @SqlUpdate("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                + "VALUES (:tokenHash, :userId, :createdAt, :expiresAt) "
                + "ON CONFLICT (token_hash) DO UPDATE SET user_id = excluded.user_id, "
                + "created_at = excluded.created_at, expires_at = excluded.expires_at")
        void save(@BindMethods SessionRow row);

        @SqlQuery("SELECT token_hash, user_id, created_at, expires_at FROM sessions WHERE token_hash = :tokenHash")
        Optional<SessionRow> find(String tokenHash);

        @SqlUpdate("UPDATE sessions SET expires_at = :expiresAt WHERE token_hash = :tokenHash")
        int extend(String tokenHash, OffsetDateTime expiresAt);

        @SqlUpdate("DELETE FROM sessions WHERE token_hash = :tokenHash")
        void revoke(String tokenHash);

        @SqlUpdate("DELETE FROM sessions WHERE user_id = :userId")
        void revokeAll(UUID userId);
    }

    public record SessionRow(String tokenHash, UUID userId, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        static SessionRow of(Session session) {
            return new SessionRow(session.tokenHash().hex(), session.userId().value(),
                    Timestamps.utc(session.createdAt()), Timestamps.utc(session.expiresAt()));
        }

        Session toSession() {
            return new Session(new TokenHash(tokenHash), new UserId(userId), Timestamps.instant(createdAt),
                    Timestamps.instant(expiresAt));
        }
    }

    private final GuardedJdbi jdbi;

    JdbiSessionStore(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(Session session) {
        jdbi.useExtension(Sql.class, sql -> sql.save(SessionRow.of(session)));
    }

    @Override
    public Optional<Session> find(TokenHash tokenHash) {
        return jdbi.withExtension(Sql.class, sql -> sql.find(tokenHash.hex())).map(SessionRow::toSession);
    }

    @Override
    public boolean extend(TokenHash tokenHash, Instant newExpiresAt) {
        return jdbi.withExtension(Sql.class, sql -> sql.extend(tokenHash.hex(), Timestamps.utc(newExpiresAt))) > 0;
    }

    @Override
    public void revoke(TokenHash tokenHash) {
        jdbi.useExtension(Sql.class, sql -> sql.revoke(tokenHash.hex()));
    }

    @Override
    public void revokeAll(UserId userId) {
        jdbi.useExtension(Sql.class, sql -> sql.revokeAll(userId.value()));
    }
}
