package org.habittracker.adapters.lambda.json;

import java.time.LocalDate;
import java.util.Optional;

import org.habittracker.application.port.in.CreateHabitCommand;
import org.habittracker.domain.user.UserId;

/** The body of {@code POST /api/habits}. */
public record CreateHabitJson(String name, String description, String color, String emoji, ScheduleJson schedule,
        GoalJson goal, LocalDate startDate, Integer commitmentDays) {

    public CreateHabitCommand toCommand(UserId owner) {
        return new CreateHabitCommand(owner, Required.of(name, "name"), Optional.ofNullable(description),
                Required.of(color, "color"), Optional.ofNullable(emoji),
                Required.of(schedule, "schedule").toDomain(),
                goal == null ? new org.habittracker.domain.habit.Goal.YesNo() : goal.toDomain(),
                Optional.ofNullable(startDate), Optional.ofNullable(commitmentDays));
    }
}
