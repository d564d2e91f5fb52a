package org.habittracker.application.port.in.habit;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;

/**
 * A partial update (PATCH): empty {@code Optional}s and {@code Keep} changes leave the field as it is. What a
 * field may hold is the domain's {@code Habit} to say, as for {@link CreateHabitCommand}.
 */
public record UpdateHabitCommand(
        @NotNull UserId owner,
        @NotNull HabitId habitId,
        @NotNull Optional<String> name,
        @NotNull Optional<String> description,
        @NotNull Optional<HexColor> color,
        @NotNull Change<String> emoji,
        @NotNull Optional<Schedule> schedule,
        @NotNull Optional<Goal> goal,
        @NotNull Optional<LocalDate> startDate,
        @NotNull Change<Integer> commitmentDays) {
}
