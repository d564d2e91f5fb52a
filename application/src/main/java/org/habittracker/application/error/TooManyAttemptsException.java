package org.habittracker.application.error;

import java.time.Duration;

/** The client has used up its attempts of this kind for now (registrations); it may try after {@code retryAfter}. */
public final class TooManyAttemptsException extends RuntimeException {
    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
