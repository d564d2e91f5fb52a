package org.habittracker.adapters.localhttp;

/** The server cannot start, for a reason a person can fix; the message says what and how. */
final class StartupException extends RuntimeException {
    StartupException(String message) {
        super(message);
    }

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
