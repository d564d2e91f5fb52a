package org.habittracker.application.service.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.reminder.ManageRemindersUseCase;
import org.habittracker.application.port.in.reminder.SetReminderCommand;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.application.service.shared.OwnerWrites;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.reminder.ReminderSchedule;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;

/**
 * A habit's reminder. Every change stores the next send with it ({@link ReminderSchedule}), in the owner's
 * write, so the scheduler's query sees the change at once.
 */
public final class ManageRemindersService implements ManageRemindersUseCase {
    private final HabitRepository habits;
    private final ReminderRepository reminders;
    private final UserDays userDays;
    private final OwnerWrites writes;
    private final CommandValidator validator;
    private final Clock clock;

    public ManageRemindersService(HabitRepository habits, ReminderRepository reminders, UserDays userDays,
            OwnerWrites writes, CommandValidator validator, Clock clock) {
        this.habits = habits;
        this.reminders = reminders;
        this.userDays = userDays;
        this.writes = writes;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Optional<Reminder> get(UserId owner, HabitId habitId) {
        requireHabit(owner, habitId);
        return reminders.find(owner, habitId);
    }

    @Override
    public Reminder set(SetReminderCommand command) {
        validator.validate(command);
        Reminder reminder = Reminder.of(command.habitId(), command.time(), command.days());
        User owner = userDays.owner(command.owner());
        return writes.write(owner.id(), () -> {
            requireHabit(owner.id(), reminder.habitId());
            reminders.save(owner.id(), reminder,
                    ReminderSchedule.next(reminder, owner.settings().userDay(), clock.instant()));
            return reminder;
        });
    }

    @Override
    public void clear(UserId owner, HabitId habitId) {
        writes.run(owner, () -> {
            requireHabit(owner, habitId);
            reminders.delete(owner, habitId);
        });
    }

    @Override
    public Reminder snooze(UserId ownerId, HabitId habitId, int minutes) {
        Reminder.checkSnoozeMinutes(minutes);
        User owner = userDays.owner(ownerId);
        return writes.write(ownerId, () -> {
            requireHabit(ownerId, habitId);
            Reminder current = reminders.find(ownerId, habitId).orElseThrow(() -> new NotFoundException("reminder", habitId));
            Instant now = clock.instant();
            // Whole seconds: the instant is stored (microseconds) and compared when the send moves the reminder on.
            Reminder snoozed = current.withSnooze(new Reminder.Snooze(
                    now.plus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS),
                    userDays.today(owner)));
            reminders.save(ownerId, snoozed, ReminderSchedule.next(snoozed, owner.settings().userDay(), now));
            return snoozed;
        });
    }

    private void requireHabit(UserId owner, HabitId habitId) {
        if (habits.find(owner, habitId).isEmpty()) {
            throw new NotFoundException("habit", habitId);
        }
    }
}
