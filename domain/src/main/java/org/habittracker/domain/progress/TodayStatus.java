package org.habittracker.domain.progress;

/** How today looks on the board. */
public enum TodayStatus {
    DONE, SKIPPED, PENDING, NOT_DUE
}
