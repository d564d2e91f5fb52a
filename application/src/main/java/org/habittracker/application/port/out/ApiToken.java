package org.habittracker.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.domain.user.UserId;

/** A personal API token for scripts ({@code Authorization: Bearer …}); the secret itself is never stored. */
public record ApiToken(UUID id, UserId owner, String name, TokenHash tokenHash, Instant createdAt,
        Optional<Instant> lastUsedAt) {
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }
}
