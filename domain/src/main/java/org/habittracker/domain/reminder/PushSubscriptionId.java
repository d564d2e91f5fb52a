package org.habittracker.domain.reminder;

import java.util.Objects;
import java.util.UUID;

public record PushSubscriptionId(UUID value) {
    public PushSubscriptionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
