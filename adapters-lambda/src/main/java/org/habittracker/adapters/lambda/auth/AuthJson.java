package org.habittracker.adapters.lambda.auth;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.habittracker.adapters.lambda.json.JsonOutput;

/** What the auth routes answer. */
public final class AuthJson {

    private AuthJson() {
    }

    /** What register and log-in answer; the token itself travels only in the cookie. */
    public record SessionInfo(String userId, String username, Instant expiresAt) {
    }

    /**
     * {@code GET /api/auth/check}: who the session belongs to, if anyone. The web app asks it first, so it is
     * written streaming, as a cold start's first answer may be.
     */
    public record Check(Optional<String> userId, Optional<String> username) implements JsonOutput.Shape {

        static Check signedIn(String userId, String username) {
            return new Check(Optional.of(userId), Optional.of(username));
        }

        static Check anonymous() {
            return new Check(Optional.empty(), Optional.empty());
        }

        @Override
        public void writeTo(JsonGenerator out) throws IOException {
            out.writeStartObject();
            out.writeBooleanField("authenticated", userId.isPresent());
            JsonOutput.string(out, "userId", userId);
            JsonOutput.string(out, "username", username);
            out.writeEndObject();
        }
    }
}
