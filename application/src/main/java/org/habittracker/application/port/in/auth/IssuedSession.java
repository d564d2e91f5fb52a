package org.habittracker.application.port.in.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A session just created: the raw token goes into the cookie once and is never stored; only its hash is.
 */
public record IssuedSession(String token, Instant expiresAt, Principal principal) {
    public IssuedSession {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(principal, "principal");
    }

    @Override
    public String toString() {
        return "IssuedSession[token=…, expiresAt=" + expiresAt + ", principal=" + principal + "]";
    }
}
