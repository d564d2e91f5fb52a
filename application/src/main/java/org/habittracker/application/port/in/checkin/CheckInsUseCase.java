package org.habittracker.application.port.in.checkin;

import java.time.LocalDate;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

public interface CheckInsUseCase {

    /** Idempotent: recording the same day again replaces the earlier check-in. */
    CheckIn record(RecordCheckInCommand command);

    /** Clears the day; clearing a day with no check-in is not an error. */
    void clear(UserId owner, HabitId habitId, LocalDate day);
}
