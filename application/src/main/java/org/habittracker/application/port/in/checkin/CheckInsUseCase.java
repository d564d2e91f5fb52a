package org.habittracker.application.port.in.checkin;

import java.time.LocalDate;
import org.habittracker.application.port.in.progress.HabitToday;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/** Both writes answer with the habit's updated board entry, computed for that habit alone. */
public interface CheckInsUseCase {

    /** Idempotent: recording the same day again replaces the earlier check-in. */
    RecordedCheckIn record(RecordCheckInCommand command);

    /** Clears the day; clearing a day with no check-in is not an error. */
    HabitToday clear(UserId owner, HabitId habitId, LocalDate day);
}
