package org.habittracker.application.port.in.reminder;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** A habit's reminder, set or replaced: what time and days may be is the domain's {@code Reminder}'s to say. */
public record SetReminderCommand(@NotNull UserId owner, @NotNull HabitId habitId, @NotNull LocalTime time,
        @NotNull Set<DayOfWeek> days) {
}
