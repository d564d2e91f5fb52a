package org.habittracker.application.port.in.health;

import org.habittracker.application.port.out.ComponentHealth;

/**
 * HEALTHY when everything configured answers (a cache disabled by configuration included), DEGRADED when the
 * database answers but a configured cache does not, UNHEALTHY when the database does not.
 */
public record HealthReport(Status status, ComponentHealth database, ComponentHealth cache) {
    public enum Status {
        HEALTHY, DEGRADED, UNHEALTHY
    }
}
