package org.habittracker.domain.progress;

import java.time.LocalDate;

/** The habit's strength at the end of a day, 0–100. */
public record DailyScore(LocalDate day, double score) {
}
