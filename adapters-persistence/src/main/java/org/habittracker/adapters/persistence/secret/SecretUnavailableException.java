package org.habittracker.adapters.persistence.secret;

/**
 * The database secret could not be read or lacks what is needed; the message says why (never the secret's
 * value). At start it is a configuration error; at a connection, a connection that could not be made.
 */
public final class SecretUnavailableException extends RuntimeException {

    public SecretUnavailableException(String message) {
        super(message);
    }
}
