package org.habittracker.application.port.in.reminder;

import java.util.Optional;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.user.UserId;

/** A habit's one reminder. Another user's habit is not found. */
public interface ManageRemindersUseCase {

    /** Empty when the habit has no reminder. */
    Optional<Reminder> get(UserId owner, HabitId habitId);

    /** Sets or replaces the reminder; a snooze it had is dropped. */
    Reminder set(SetReminderCommand command);

    /** Idempotent: no reminder is no error, no habit is. */
    void clear(UserId owner, HabitId habitId);

    /**
     * Sends the reminder again {@code minutes} from now (1–720), instead of what was left of today's sends.
     *
     * @throws org.habittracker.application.error.NotFoundException when the habit has no reminder
     */
    Reminder snooze(UserId owner, HabitId habitId, int minutes);
}
