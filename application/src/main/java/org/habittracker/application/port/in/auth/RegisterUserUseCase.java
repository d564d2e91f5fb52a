package org.habittracker.application.port.in.auth;

public interface RegisterUserUseCase {
    /** Creates the account and logs it in; a taken username is a {@code ConflictException} on {@code username}. */
    IssuedSession register(RegisterCommand command);
}
