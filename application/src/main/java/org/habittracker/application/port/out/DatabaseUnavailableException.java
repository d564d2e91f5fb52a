package org.habittracker.application.port.out;

/**
 * Thrown by any port the database serves when the database cannot be reached or ended the connection the
 * call ran on: it is stopped, restarting, or takes no more connections. Worth trying again in a moment;
 * nothing about the request itself was wrong. What the call was to change did not happen, except in the
 * rare case of a connection that broke while its change was being committed.
 */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(Throwable cause) {
        super("the database is unavailable", cause);
    }
}
