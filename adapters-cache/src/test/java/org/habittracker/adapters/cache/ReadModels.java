package org.habittracker.adapters.cache;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.progress.CommitmentProgress;
import org.habittracker.domain.progress.CompletionRates;
import org.habittracker.domain.progress.DailyScore;
import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.progress.HabitSummary;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.progress.Streak;
import org.habittracker.domain.progress.TodayStatus;
import org.habittracker.domain.user.UserId;

/** Read models as the services build them, with every kind of schedule, goal and optional field. */
final class ReadModels {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private ReadModels() {
    }

    static List<Schedule> everySchedule() {
        return List.of(new Schedule.Daily(), new Schedule.Weekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                new Schedule.TimesPerWindow(3, 7), new Schedule.TimesPerWeek(4), new Schedule.TimesPerMonth(10));
    }

    static List<Goal> everyGoal() {
        return List.of(new Goal.YesNo(), new Goal.Measured(new BigDecimal("20.50"), "pages", Goal.Direction.AT_LEAST),
                new Goal.Measured(BigDecimal.ZERO, "coffees", Goal.Direction.AT_MOST));
    }

    /** A board of {@code size} habits cycling through every schedule and goal, some with emoji and commitment. */
    static TodayBoard board(UserId owner, int size) {
        List<Schedule> schedules = everySchedule();
        List<Goal> goals = everyGoal();
        List<TodayBoard.Entry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Goal goal = goals.get(i % goals.size());
            Habit habit = new Habit(new HabitId(UUID.randomUUID()), owner, "Habit " + i, i % 2 == 0 ? "" : "why " + i,
                    new HexColor("#00897b"), i % 3 == 0 ? Optional.of("📚") : Optional.empty(),
                    schedules.get(i % schedules.size()), goal, LocalDate.of(2025, 11, 1),
                    i % 4 == 0 ? OptionalInt.of(66) : OptionalInt.empty(), false, i,
                    Instant.parse("2025-11-01T08:00:00.123456Z").plusSeconds(i));
            HabitSummary summary = new HabitSummary(TodayStatus.values()[i % TodayStatus.values().length],
                    goal instanceof Goal.Measured ? Optional.of(new BigDecimal("12.25")) : Optional.empty(), i * 3,
                    57.3 + i / 7.0);
            entries.add(new TodayBoard.Entry(habit, summary));
        }
        return new TodayBoard(TODAY, List.copyOf(entries));
    }

    /** Statistics of a habit tracked daily for {@code days} days. */
    static HabitStatistics statistics(int days) {
        LocalDate first = TODAY.minusDays(days - 1L);
        Map<DayOfWeek, Integer> byWeekday = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byWeekday.put(day, day.getValue() * 3);
        }
        Map<YearMonth, Integer> byMonth = new LinkedHashMap<>();
        List<DailyScore> series = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(TODAY); day = day.plusDays(1)) {
            byMonth.merge(YearMonth.from(day), 1, Integer::sum);
            series.add(new DailyScore(day, Math.min(100.0, day.toEpochDay() % 100 + 0.123456789)));
        }
        return new HabitStatistics(4, 9, 57.3, days * 2 / 3, new CompletionRates(0.86, 0.7, 0.55, 0.55 + 1e-12),
                byWeekday, byMonth, List.copyOf(series),
                List.of(new Streak(first, first.plusDays(8), 9), new Streak(TODAY.minusDays(3), TODAY, 4)),
                List.of(new Milestone(MilestoneKind.STREAK_7, first.plusDays(6)),
                        new Milestone(MilestoneKind.COMMITMENT_COMPLETED, TODAY.minusDays(1))),
                Optional.of(new CommitmentProgress(66, 40)));
    }

    static HabitStatistics statisticsWithoutCommitment() {
        HabitStatistics full = statistics(10);
        return new HabitStatistics(0, 0, 0.0, 0, new CompletionRates(0, 0, 0, 0), full.byWeekday(), Map.of(),
                List.of(), List.of(), List.of(), Optional.empty());
    }
}
