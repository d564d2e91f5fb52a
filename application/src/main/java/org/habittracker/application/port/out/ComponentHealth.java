package org.habittracker.application.port.out;

import java.util.Objects;

/** How one dependency (database, cache) is doing, for the health check. */
public record ComponentHealth(Status status, String message, long latencyMs) {
    public enum Status {
        UP, DOWN, DISABLED
    }

    public ComponentHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    public static ComponentHealth up(long latencyMs) {
        return new ComponentHealth(Status.UP, "ok", latencyMs);
    }

    public static ComponentHealth down(String message, long latencyMs) {
        return new ComponentHealth(Status.DOWN, message, latencyMs);
    }

    public static ComponentHealth disabled(String message) {
        return new ComponentHealth(Status.DISABLED, message, 0);
    }
}
