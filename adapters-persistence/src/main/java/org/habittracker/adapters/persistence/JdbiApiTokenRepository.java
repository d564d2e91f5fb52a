package org.habittracker.adapters.persistence;

import static java.util.stream.Collectors.toUnmodifiableList;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.mapper.RowMapper;

/** Personal API tokens in {@code api_tokens}, found by the SHA-256 of their secret. */
final class JdbiApiTokenRepository implements ApiTokenRepository {
    private static final String COLUMNS = "id, owner_id, name, token_hash, created_at, last_used_at";

    private static final String INSERT = "INSERT INTO api_tokens (" + COLUMNS + ") "
            + "VALUES (:id, :ownerId, :name, :tokenHash, :createdAt, :lastUsedAt)";
    private static final String FIND_BY_HASH = "SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = :tokenHash";
    private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM api_tokens WHERE owner_id = :owner "
            + "ORDER BY created_at, id";
    private static final String MARK_USED = "UPDATE api_tokens SET last_used_at = :when WHERE id = :id";
    private static final String DELETE = "DELETE FROM api_tokens WHERE id = :id AND owner_id = :owner";

    private static final RowMapper<ApiToken> API_TOKEN = (rs, ctx) -> new ApiToken(
            rs.getObject("id", UUID.class),
            new UserId(rs.getObject("owner_id", UUID.class)),
            rs.getString("name"),
            new TokenHash(rs.getString("token_hash")),
            Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)),
            Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class)).map(Timestamps::instant));

    private final GuardedJdbi jdbi;

    JdbiApiTokenRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(ApiToken token) {
        jdbi.useHandle(handle -> handle.createUpdate(INSERT)
                .bind("id", token.id())
                .bind("ownerId", token.owner().value())
                .bind("name", token.name())
                .bind("tokenHash", token.tokenHash().hex())
                .bind("createdAt", Timestamps.utc(token.createdAt()))
                .bind("lastUsedAt", token.lastUsedAt().map(Timestamps::utc).orElse(null))
                .execute());
    }

    @Override
    public Optional<ApiToken> findByHash(TokenHash tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_BY_HASH)
                .bind("tokenHash", tokenHash.hex())
                .map(API_TOKEN)
                .findOne());
    }

    @Override
    public List<ApiToken> findAll(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_ALL)
                .bind("owner", owner.value())
                .map(API_TOKEN)
                .collect(toUnmodifiableList()));
    }

    @Override
    public void markUsed(UUID id, Instant when) {
        jdbi.useHandle(handle -> handle.createUpdate(MARK_USED)
                .bind("id", id)
                .bind("when", Timestamps.utc(when))
                .execute());
    }

    @Override
    public boolean delete(UserId owner, UUID id) {
        return jdbi.withHandle(handle -> handle.createUpdate(DELETE)
                .bind("id", id)
                .bind("owner", owner.value())
                .execute()) > 0;
    }
}
