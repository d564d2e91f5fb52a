package org.habittracker.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;

/**
 * A new habit. Schedule and goal arrive as domain values (their constructors validate, naming fields such
 * as {@code schedule.times}). Without a start date the habit starts on the owner's today.
 */
public record CreateHabitCommand(
        @NotNull UserId owner,
        @NotBlank @Size(max = 100) String name,
        @NotNull Optional<@Size(max = 1000) String> description,
        @NotNull @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour like #00897b") String color,
        @NotNull Optional<@Size(max = 16) String> emoji,
        @NotNull Schedule schedule,
        @NotNull Goal goal,
        @NotNull Optional<LocalDate> startDate,
        @NotNull Optional<@Min(3) @Max(365) Integer> commitmentDays) {
}
