package org.habittracker.adapters.lambda.habits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.habittracker.adapters.lambda.json.GoalJson;
import org.habittracker.adapters.lambda.json.Numbers;
import org.habittracker.adapters.lambda.json.ScheduleJson;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.progress.HabitSummary;
import org.habittracker.domain.progress.TodayStatus;

/** {@code GET /api/habits}: the today board. */
public record BoardJson(LocalDate today, List<Entry> habits) {

    /** A habit's fields as {@link HabitJson}, plus how today stands. */
    public record Entry(String id, String name, String description, String color, String emoji,
            ScheduleJson schedule, GoalJson goal, LocalDate startDate, Integer commitmentDays, int position,
            boolean archived, Instant createdAt, TodayStatus todayStatus, BigDecimal todayAmount, int currentStreak,
            double score) {

        static Entry from(Habit habit, HabitSummary summary) {
            HabitJson h = HabitJson.from(habit);
            return new Entry(h.id(), h.name(), h.description(), h.color(), h.emoji(), h.schedule(), h.goal(),
                    h.startDate(), h.commitmentDays(), h.position(), h.archived(), h.createdAt(),
                    summary.todayStatus(), summary.todayAmount().map(Numbers::plain).orElse(null),
                    summary.currentStreak(), Numbers.score(summary.score()));
        }
    }

    public static BoardJson from(TodayBoard board) {
        return new BoardJson(board.today(),
                board.habits().stream().map(e -> Entry.from(e.habit(), e.summary())).toList());
    }
}
