package org.habittracker.domain.progress;

/** What a day of a habit turned out to be (ARCHITECTURE.md §2). */
public enum DayState {
    /** DONE and the goal met. */
    SATISFIED,
    /** Skipped, paused, not a scheduled weekday, or implied by a period schedule (already met). */
    EXCUSED,
    /**
     * Today, due and not satisfied yet; also an unsatisfied past day of the current calendar week or
     * month ({@code TimesPerWeek/Month}) while that period can still be met. Never ends a streak.
     */
    PENDING,
    /** A past day that should have been satisfied and was not. */
    MISSED
}
