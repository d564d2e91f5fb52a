package org.habittracker.adapters.lambda.auth;

import java.time.Instant;

/** What the auth routes answer. */
public final class AuthJson {

    private AuthJson() {
    }

    /** What register and log-in answer; the token itself travels only in the cookie. */
    public record SessionInfo(String userId, String username, Instant expiresAt) {
    }

    /** {@code GET /api/auth/check}: who the session belongs to, if anyone. */
    public record Check(boolean authenticated, String userId, String username) {
    }
}
