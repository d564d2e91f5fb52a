package org.habittracker.application.port.in.auth;

import java.time.Duration;

public sealed interface LogInResult {

    record LoggedIn(IssuedSession session) implements LogInResult {
    }

    /** The same answer whether the user exists or the password is wrong. */
    record InvalidCredentials() implements LogInResult {
    }

    /** Too many failures lately; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LogInResult {
    }
}
