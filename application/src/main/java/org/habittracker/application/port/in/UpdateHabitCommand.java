package org.habittracker.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;

/**
 * A partial update (PATCH): empty {@code Optional}s and {@code Keep} changes leave the field as it is.
 * ({@code @NotBlank} cannot go inside an {@code Optional}: Hibernate Validator checks an empty one as
 * {@code null}, which {@code @NotBlank} refuses; the pattern lets {@code null} through.)
 */
public record UpdateHabitCommand(
        @NotNull UserId owner,
        @NotNull HabitId habitId,
        @NotNull Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String> name,
        @NotNull Optional<@Size(max = 1000) String> description,
        @NotNull Optional<@Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour like #00897b") String> color,
        @NotNull Change<String> emoji,
        @NotNull Optional<Schedule> schedule,
        @NotNull Optional<Goal> goal,
        @NotNull Optional<LocalDate> startDate,
        @NotNull Change<Integer> commitmentDays) {

    /** Some character that is not white space. */
    static final String NOT_BLANK = "(?s).*\\S.*";
}
