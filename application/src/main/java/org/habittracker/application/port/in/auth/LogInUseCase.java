package org.habittracker.application.port.in.auth;

public interface LogInUseCase {
    LogInResult logIn(LogInCommand command);
}
