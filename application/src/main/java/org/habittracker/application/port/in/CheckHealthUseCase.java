package org.habittracker.application.port.in;

public interface CheckHealthUseCase {
    HealthReport check();
}
