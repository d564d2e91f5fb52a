package org.habittracker.application.port.in.habit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** The owner's habits in their new order: every habit of the owner exactly once. */
public record ReorderHabitsCommand(@NotNull UserId owner, @NotNull @Size(max = 500) List<@NotNull HabitId> order) {
}
