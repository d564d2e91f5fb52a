package org.habittracker.application.port.out;

import java.util.Objects;

/**
 * How one dependency (database, cache) is doing, for the health check, in the seed system's words: healthy,
 * unhealthy, or disabled (not configured, on purpose).
 */
public record ComponentHealth(Status status, String message, long latencyMs) {
    public enum Status {
        HEALTHY, UNHEALTHY, DISABLED
    }

    public ComponentHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    public static ComponentHealth healthy(long latencyMs) {
        return new ComponentHealth(Status.HEALTHY, "ok", latencyMs);
    }

    public static ComponentHealth unhealthy(String message, long latencyMs) {
        return new ComponentHealth(Status.UNHEALTHY, message, latencyMs);
    }

    public static ComponentHealth disabled(String message) {
        return new ComponentHealth(Status.DISABLED, message, 0);
    }
}
