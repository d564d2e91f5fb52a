package org.habittracker.domain.habit;

import java.util.Objects;
import java.util.UUID;

public record HabitId(UUID value) {
    public HabitId {
        Objects.requireNonNull(value, "value");
    }

    public static HabitId of(String value) {
        return new HabitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
