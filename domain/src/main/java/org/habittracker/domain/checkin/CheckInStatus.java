package org.habittracker.domain.checkin;

/** What the user said about a day. A day with no check-in has no status at all. */
public enum CheckInStatus {
    DONE, SKIPPED
}
