package org.habittracker.application.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.TokenHash;
import org.habittracker.domain.user.UserId;

/** Personal API tokens in memory, found by the hash of their secret. */
public final class InMemoryApiTokenRepository implements ApiTokenRepository {
    private static final Comparator<ApiToken> BY_CREATION = Comparator.comparing(ApiToken::createdAt)
            .thenComparing(ApiToken::id);

    private final InMemoryDatabase db;

    public InMemoryApiTokenRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(ApiToken token) {
        db.execute(t -> {
            t.requireUser(token.owner());
            boolean hashInUse = t.apiTokens.values().stream().anyMatch(a -> a.tokenHash().equals(token.tokenHash()));
            if (t.apiTokens.containsKey(token.id()) || hashInUse) {
                throw new IllegalStateException("unique key violated: api token " + token.id());
            }
            t.apiTokens.put(token.id(), token);
        });
    }

    @Override
    public Optional<ApiToken> findByHash(TokenHash tokenHash) {
        return db.query(t -> t.apiTokens.values().stream().filter(a -> a.tokenHash().equals(tokenHash)).findFirst());
    }

    @Override
    public List<ApiToken> findAll(UserId owner) {
        return db.query(t -> t.apiTokens.values().stream().filter(a -> a.owner().equals(owner)).sorted(BY_CREATION)
                .toList());
    }

    @Override
    public void markUsed(UUID id, Instant when) {
        db.execute(t -> t.apiTokens.computeIfPresent(id, (k, a) -> new ApiToken(a.id(), a.owner(), a.name(),
                a.tokenHash(), a.createdAt(), Optional.of(when))));
    }

    @Override
    public boolean delete(UserId owner, UUID id) {
        return db.query(t -> {
            ApiToken stored = t.apiTokens.get(id);
            if (stored == null || !stored.owner().equals(owner)) {
                return false;
            }
            t.apiTokens.remove(id);
            return true;
        });
    }
}
