package org.habittracker.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.habittracker.domain.user.UserId;

/** A logged-in browser: known by the hash of its cookie's token, valid until {@code expiresAt}. */
public record Session(TokenHash tokenHash, UserId userId, Instant createdAt, Instant expiresAt) {
    public Session {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Session withExpiresAt(Instant newExpiresAt) {
        return new Session(tokenHash, userId, createdAt, newExpiresAt);
    }
}
