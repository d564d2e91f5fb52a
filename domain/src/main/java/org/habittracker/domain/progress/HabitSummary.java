package org.habittracker.domain.progress;

import java.math.BigDecimal;
import java.util.Optional;

/** What the today board shows for one habit. {@code score} is 0–100. */
public record HabitSummary(TodayStatus todayStatus, Optional<BigDecimal> todayAmount, int currentStreak, double score) {
}
