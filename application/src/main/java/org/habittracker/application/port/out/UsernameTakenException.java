package org.habittracker.application.port.out;

/** Thrown by {@link UserRepository#add} when another account already has the name. */
public final class UsernameTakenException extends RuntimeException {
    public UsernameTakenException(String username) {
        super("username already taken: " + username);
    }
}
