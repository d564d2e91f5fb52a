package org.habittracker.adapters.lambda.json;

import java.time.Instant;

/** Bodies of the auth routes. */
public final class AuthJson {

    private AuthJson() {
    }

    public record Register(String username, String password, String timeZone) {
        @Override
        public String toString() {
            return "Register[username=" + username + ", password=…, timeZone=" + timeZone + "]";
        }
    }

    public record LogIn(String username, String password) {
        @Override
        public String toString() {
            return "LogIn[username=" + username + ", password=…]";
        }
    }

    /** What register and log-in answer; the token itself travels only in the cookie. */
    public record SessionInfo(String userId, String username, Instant expiresAt) {
    }

    /** {@code GET /api/auth/check}: who the session belongs to, if anyone. */
    public record Check(boolean authenticated, String userId, String username) {
    }

    /** {@code DELETE /api/me}: the password again, so a stolen session cannot delete the account. */
    public record DeleteAccount(String password) {
        @Override
        public String toString() {
            return "DeleteAccount[password=…]";
        }
    }
}
