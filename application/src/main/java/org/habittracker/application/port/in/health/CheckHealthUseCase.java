package org.habittracker.application.port.in.health;

public interface CheckHealthUseCase {
    HealthReport check();
}
