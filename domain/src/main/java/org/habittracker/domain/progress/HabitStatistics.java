package org.habittracker.domain.progress;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the statistics screen shows for one habit (ARCHITECTURE.md §2), from one pass over its days.
 *
 * @param score        strength now, 0–100
 * @param byWeekday    satisfied days per day of week (every day of week present)
 * @param byMonth      satisfied days per calendar month, in order, months with none included from the first day
 * @param scoreSeries  the score at the end of every day from the first day to today
 * @param milestones   milestones reached in the history as it stands, in order
 */
public record HabitStatistics(
        int currentStreak,
        int bestStreak,
        double score,
        int totalSatisfied,
        CompletionRates completionRate,
        Map<DayOfWeek, Integer> byWeekday,
        Map<YearMonth, Integer> byMonth,
        List<DailyScore> scoreSeries,
        List<Streak> bestStreaks,
        List<Milestone> milestones,
        Optional<CommitmentProgress> commitment) {
}
