package org.habittracker.application.error;

/**
 * A password did not match (or the user does not exist: callers must not be able to tell which), for
 * actions that need the password again, such as deleting the account.
 */
public final class AuthenticationFailedException extends RuntimeException {
    public AuthenticationFailedException() {
        super("invalid credentials");
    }
}
