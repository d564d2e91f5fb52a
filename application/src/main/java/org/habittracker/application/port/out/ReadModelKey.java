package org.habittracker.application.port.out;

import java.util.Objects;
import org.habittracker.domain.user.UserId;

/**
 * Names one cached read model of one owner, for example {@code board:2026-11-22} or
 * {@code stats:<habit id>:2026-11-22}. The day is part of the name because the same data reads
 * differently tomorrow.
 */
public record ReadModelKey(UserId owner, String name) {
    public ReadModelKey {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
    }
}
