package org.habittracker.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.reminder.ReminderSchedule.Due;
import org.habittracker.domain.user.UserId;

/**
 * Each habit's reminder with its next send, scoped by owner; gone with the habit or the owner. The next send is
 * stored (not computed on read) so that the scheduler finds what is due with one indexed query.
 */
public interface ReminderRepository {

    /** A reminder found due: whose, and which send. */
    record DueReminder(UserId owner, Reminder reminder, Due due) {
    }

    /** Adds or replaces the habit's reminder and its next send. The habit must be the owner's. */
    void save(UserId owner, Reminder reminder, Due next);

    Optional<Reminder> find(UserId owner, HabitId habit);

    /** All the owner's reminders (for export and for a change of their days). */
    List<Reminder> findAll(UserId owner);

    /** False when the habit has no reminder. */
    boolean delete(UserId owner, HabitId habit);

    /** Every owner's reminders whose next send is at or before {@code now}, earliest first, at most {@code limit}. */
    List<DueReminder> findDue(Instant now, int limit);

    /**
     * Moves a handled reminder on to {@code next}, storing {@code reminder} (its snooze cleared, say), but only if
     * its next send is still {@code handled}: an edit or snooze made meanwhile wins. False when it did not apply.
     */
    boolean advance(UserId owner, Reminder reminder, Due handled, Due next);
}
