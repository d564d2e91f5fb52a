package org.habittracker.application.service.profile;

import java.time.DayOfWeek;
import java.util.Locale;
import org.habittracker.application.error.AuthenticationFailedException;
import org.habittracker.application.port.in.profile.DeleteAccountCommand;
import org.habittracker.application.port.in.profile.ManageProfileUseCase;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.port.out.PasswordHasher;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.service.reminder.ReminderRescheduling;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.application.service.shared.OwnerWrites;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.TimeZones;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;

/** The account's settings (time zone, day start, week start) and its deletion. */
public final class ManageProfileService implements ManageProfileUseCase {
    private final UserRepository users;
    private final SessionStore sessions;
    private final PasswordHasher passwordHasher;
    private final UserDays userDays;
    private final OwnerWrites writes;
    private final CommandValidator validator;
    private final ReminderRescheduling reminders;

    public ManageProfileService(UserRepository users, SessionStore sessions, PasswordHasher passwordHasher, UserDays userDays,
            OwnerWrites writes, CommandValidator validator, ReminderRescheduling reminders) {
        this.users = users;
        this.sessions = sessions;
        this.passwordHasher = passwordHasher;
        this.userDays = userDays;
        this.writes = writes;
        this.validator = validator;
        this.reminders = reminders;
    }

    @Override
    public User profile(UserId owner) {
        return userDays.owner(owner);
    }

    /**
     * Every cached read model depends on the owner's days, so a change of settings forgets them all; the stored
     * next sends of their reminders move with the days, in the same write.
     */
    @Override
    public User updateSettings(UpdateSettingsCommand command) {
        validator.validate(command);
        User user = userDays.owner(command.owner());
        UserSettings current = user.settings();
        UserSettings changed = new UserSettings(
                command.timeZone().map(zone -> TimeZones.parse(zone, "timeZone")).orElse(current.timeZone()),
                command.dayStartHour().orElse(current.dayStartHour()),
                command.weekStart().map(ManageProfileService::weekDay).orElse(current.weekStart()));
        writes.run(user.id(), () -> {
            users.updateSettings(user.id(), changed);
            if (!changed.timeZone().equals(current.timeZone()) || changed.dayStartHour() != current.dayStartHour()) {
                reminders.afterSettingsChange(user.id(), changed);
            }
        });
        return user.withSettings(changed);
    }

    /**
     * Checks the password again, then deletes the account and, by cascade, all it owns. Sessions are
     * revoked first and explicitly: a session cache in front of the database would not see the cascade.
     */
    @Override
    public void deleteAccount(DeleteAccountCommand command) {
        validator.validate(command);
        User user = userDays.owner(command.owner());
        if (!passwordHasher.matches(command.password(), user.passwordHash())) {
            throw new AuthenticationFailedException();
        }
        sessions.revokeAll(user.id());
        writes.run(user.id(), () -> users.delete(user.id()));
    }

    private static DayOfWeek weekDay(String name) {
        try {
            return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("weekStart", "format", "must be a day of the week such as MONDAY");
        }
    }
}
