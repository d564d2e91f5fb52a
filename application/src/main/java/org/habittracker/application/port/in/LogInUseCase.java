package org.habittracker.application.port.in;

public interface LogInUseCase {
    LogInResult logIn(LogInCommand command);
}
