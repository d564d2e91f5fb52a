package org.habittracker.domain.progress;

/** What a day of a habit turned out to be (DESIGN.md §2). */
public enum DayState {
    /** DONE and the goal met. */
    SATISFIED,
    /** Skipped, paused, not a scheduled weekday, or implied by a period schedule. */
    EXCUSED,
    /** Today, and not satisfied yet. */
    PENDING,
    /** A past day that should have been satisfied and was not. */
    MISSED
}
