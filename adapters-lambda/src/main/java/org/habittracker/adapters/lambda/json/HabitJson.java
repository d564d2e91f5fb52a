package org.habittracker.adapters.lambda.json;

import java.time.Instant;
import java.time.LocalDate;

import org.habittracker.domain.habit.Habit;

/** A habit as returned by the API, written in exports and extended by the board's entries. */
public record HabitJson(String id, String name, String description, String color, String emoji,
        ScheduleJson schedule, GoalJson goal, LocalDate startDate, Integer commitmentDays, int position,
        boolean archived, Instant createdAt) {

    public static HabitJson from(Habit habit) {
        return new HabitJson(habit.id().toString(), habit.name(), habit.description(), habit.color().value(),
                habit.emoji().orElse(null), ScheduleJson.from(habit.schedule()), GoalJson.from(habit.goal()),
                habit.startDate(), habit.commitmentDays().isPresent() ? habit.commitmentDays().getAsInt() : null,
                habit.position(), habit.archived(), habit.createdAt());
    }
}
