package org.habittracker.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.domain.user.UserId;

public interface ApiTokenRepository {

    void add(ApiToken token);

    Optional<ApiToken> findByHash(TokenHash tokenHash);

    List<ApiToken> findAll(UserId owner);

    void markUsed(UUID id, Instant when);

    boolean delete(UserId owner, UUID id);
}
