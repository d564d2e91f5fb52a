package org.habittracker.application.port.in.habit;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;

/**
 * A new habit. Colour, schedule and goal arrive as domain values (their constructors validate, naming
 * fields such as {@code schedule.times}). Without a start date the habit starts on the owner's today.
 *
 * <p>The annotations say only what must be there; what a field may hold (lengths, the colour's format,
 * the commitment's bounds) is the domain's {@code Habit} to say, once, naming every fault at once.
 */
public record CreateHabitCommand(
        @NotNull UserId owner,
        @NotNull String name,
        @NotNull Optional<String> description,
        @NotNull HexColor color,
        @NotNull Optional<String> emoji,
        @NotNull Schedule schedule,
        @NotNull Goal goal,
        @NotNull Optional<LocalDate> startDate,
        @NotNull Optional<Integer> commitmentDays) {
}
