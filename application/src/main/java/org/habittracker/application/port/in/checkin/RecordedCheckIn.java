package org.habittracker.application.port.in.checkin;

import org.habittracker.application.port.in.progress.HabitToday;
import org.habittracker.domain.checkin.CheckIn;

/** The check-in as stored, and the habit's board entry with it counted. */
public record RecordedCheckIn(CheckIn checkIn, HabitToday board) {
}
