package org.habittracker.domain.checkin;

import java.util.Objects;
import java.util.UUID;

public record PauseId(UUID value) {
    public PauseId {
        Objects.requireNonNull(value, "value");
    }

    public static PauseId of(String value) {
        return new PauseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
