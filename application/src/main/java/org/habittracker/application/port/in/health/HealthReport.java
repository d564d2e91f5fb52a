package org.habittracker.application.port.in.health;

import org.habittracker.application.port.out.ComponentHealth;

/** UP when everything answers, DEGRADED when only the database does, DOWN when the database does not. */
public record HealthReport(Status status, ComponentHealth database, ComponentHealth cache) {
    public enum Status {
        UP, DEGRADED, DOWN
    }
}
