package org.habittracker.application.port.in.auth;

public interface LogOutUseCase {
    /** Revokes the session of this token; an unknown token is not an error. */
    void logOut(String sessionToken);
}
