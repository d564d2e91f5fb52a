package org.habittracker.domain.progress;

/** Satisfied ÷ (satisfied + missed) over the last 7, 30, 365 days and all time; 0 when nothing was due. */
public record CompletionRates(double last7, double last30, double last365, double allTime) {
}
