package org.habittracker.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Personal API tokens in {@code api_tokens}, found by the SHA-256 of their secret. */
final class JdbiApiTokenRepository implements ApiTokenRepository {
    private static final String COLUMNS = "id, owner_id, name, token_hash, created_at, last_used_at";

    @RegisterConstructorMapper(ApiTokenRow.class)
    interface Sql {
        @SqlUpdate("INSERT INTO api_tokens (" + COLUMNS + ") "
                + "VALUES (:id, :ownerId, :name, :tokenHash, :createdAt, :lastUsedAt)")
        void insert(@BindMethods ApiTokenRow row);

        @SqlQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = :tokenHash")
        Optional<ApiTokenRow> findByHash(String tokenHash);

        @SqlQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE owner_id = :owner ORDER BY created_at, id")
        List<ApiTokenRow> findAll(UUID owner);

        @SqlUpdate("UPDATE api_tokens SET last_used_at = :when WHERE id = :id")
        void markUsed(UUID id, OffsetDateTime when);

        @SqlUpdate("DELETE FROM api_tokens WHERE id = :id AND owner_id = :owner")
        int delete(UUID owner, UUID id);
    }

    public record ApiTokenRow(UUID id, UUID ownerId, String name, String tokenHash, OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt) {
        static ApiTokenRow of(ApiToken token) {
            return new ApiTokenRow(token.id(), token.owner().value(), token.name(), token.tokenHash().hex(),
                    Timestamps.utc(token.createdAt()), token.lastUsedAt().map(Timestamps::utc).orElse(null));
        }

        ApiToken toApiToken() {
            return new ApiToken(id, new UserId(ownerId), name, new TokenHash(tokenHash), Timestamps.instant(createdAt),
                    Optional.ofNullable(lastUsedAt).map(Timestamps::instant));
        }
    }

    private final GuardedJdbi jdbi;

    JdbiApiTokenRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(ApiToken token) {
        jdbi.useExtension(Sql.class, sql -> sql.insert(ApiTokenRow.of(token)));
    }

    @Override
    public Optional<ApiToken> findByHash(TokenHash tokenHash) {
        return jdbi.withExtension(Sql.class, sql -> sql.findByHash(tokenHash.hex())).map(ApiTokenRow::toApiToken);
    }

    @Override
    public List<ApiToken> findAll(UserId owner) {
        return jdbi.withExtension(Sql.class, sql -> sql.findAll(owner.value())).stream()
                .map(ApiTokenRow::toApiToken)
                .toList();
    }

    @Override
    public void markUsed(UUID id, Instant when) {
        jdbi.useExtension(Sql.class, sql -> sql.markUsed(id, Timestamps.utc(when)));
    }

    @Override
    public boolean delete(UserId owner, UUID id) {
        return jdbi.withExtension(Sql.class, sql -> sql.delete(owner.value(), id)) > 0;
    }
}
