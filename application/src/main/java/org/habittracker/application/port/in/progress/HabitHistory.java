package org.habittracker.application.port.in.progress;

import java.util.List;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.progress.DayRecord;

/** The check-ins of a range of days and what each day turned out to be. */
public record HabitHistory(List<CheckIn> checkIns, List<DayRecord> days) {
}
