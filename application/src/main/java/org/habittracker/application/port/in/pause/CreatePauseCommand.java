package org.habittracker.application.port.in.pause;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** A vacation for one habit, or for all of the owner's habits when {@code habitId} is empty. */
public record CreatePauseCommand(@NotNull UserId owner, @NotNull Optional<HabitId> habitId, @NotNull LocalDate from,
        @NotNull LocalDate to) {
}
