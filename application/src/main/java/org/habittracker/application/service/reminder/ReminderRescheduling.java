package org.habittracker.application.service.reminder;

import java.time.Clock;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.domain.reminder.ReminderSchedule;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;

/**
 * The stored next sends of an owner's reminders follow their days: a new time zone or day start moves them. Run
 * inside the write that changes the settings, so the scheduler never sees the new settings with the old sends.
 */
public final class ReminderRescheduling {
    private final ReminderRepository reminders;
    private final Clock clock;

    public ReminderRescheduling(ReminderRepository reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    public void afterSettingsChange(UserId owner, UserSettings settings) {
        for (var reminder : reminders.findAll(owner)) {
            reminders.save(owner, reminder, ReminderSchedule.next(reminder, settings.userDay(), clock.instant()));
        }
    }
}
