package org.habittracker.application.port.in.progress;

import java.time.LocalDate;
import java.util.List;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.progress.HabitSummary;

/** The owner's active (not archived) habits in order, each with how today stands. */
public record TodayBoard(LocalDate today, List<Entry> habits) {

    public record Entry(Habit habit, HabitSummary summary) {
    }
}
