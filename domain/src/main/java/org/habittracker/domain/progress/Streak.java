package org.habittracker.domain.progress;

import java.time.LocalDate;

/** A maximal run of days without a missed day; {@code length} counts its satisfied days only. */
public record Streak(LocalDate start, LocalDate end, int length) {
}
