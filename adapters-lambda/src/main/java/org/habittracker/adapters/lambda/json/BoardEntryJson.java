package org.habittracker.adapters.lambda.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.domain.progress.HabitSummary;
import org.habittracker.domain.progress.TodayStatus;

/**
 * One habit on the today board: its fields as {@link HabitJson}, plus how today stands. Shared by the board and
 * by the check-in writes, which answer with the one entry they changed.
 */
public record BoardEntryJson(String id, String name, String description, String color, String emoji,
        ScheduleJson schedule, GoalJson goal, LocalDate startDate, Integer commitmentDays, int position,
        boolean archived, Instant createdAt, TodayStatus todayStatus, BigDecimal todayAmount, int currentStreak,
        double score) {

    public static BoardEntryJson from(TodayBoard.Entry entry) {
        HabitJson h = HabitJson.from(entry.habit());
        HabitSummary summary = entry.summary();
        return new BoardEntryJson(h.id(), h.name(), h.description(), h.color(), h.emoji(), h.schedule(), h.goal(),
                h.startDate(), h.commitmentDays(), h.position(), h.archived(), h.createdAt(),
                summary.todayStatus(), summary.todayAmount().map(Numbers::plain).orElse(null),
                summary.currentStreak(), Numbers.score(summary.score()));
    }
}
