package org.habittracker.application.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.port.in.reminder.ManageRemindersUseCase;
import org.habittracker.application.port.in.reminder.SetReminderCommand;
import org.habittracker.application.port.out.ReminderRepository.DueReminder;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A habit's reminder, and the next send stored with it (the clock starts Sunday 22 November 2026, 10:30 Berlin). */
class ManageRemindersServiceTest {
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private final InMemoryApplication app = new InMemoryApplication();
    private final ManageRemindersUseCase reminders = app.services().reminders();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");
    private final HabitId run = app.services().habits().create(HabitFixtures.daily(ada, "Run")).id();

    private Reminder set(UserId owner, String time, Set<DayOfWeek> days) {
        return reminders.set(new SetReminderCommand(owner, run, LocalTime.parse(time), days));
    }

    private Instant storedNextSend() {
        return app.ports().reminders().findDue(Instant.MAX.minusSeconds(1), 10).stream().map(DueReminder::due)
                .findFirst().orElseThrow().at();
    }

    @Test
    @DisplayName("a set reminder is read back, and its next send is stored: today's 18:00 Berlin")
    void setAndGet() {
        Reminder reminder = set(ada, "18:00", EVERY_DAY);

        assertThat(reminders.get(ada, run)).contains(reminder);
        assertThat(storedNextSend()).isEqualTo(Instant.parse("2026-11-22T17:00:00Z"));
    }

    @Test
    @DisplayName("a time already past today is next due tomorrow")
    void pastTimeIsTomorrow() {
        set(ada, "08:00", EVERY_DAY);

        assertThat(storedNextSend()).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
    }

    @Test
    @DisplayName("another user's habit is not found for any of the four calls")
    void otherUsersHabit() {
        set(ada, "18:00", EVERY_DAY);

        assertThatThrownBy(() -> reminders.get(bob, run)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> set(bob, "18:00", EVERY_DAY)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reminders.clear(bob, run)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reminders.snooze(bob, run, 10)).isInstanceOf(NotFoundException.class);
        assertThat(reminders.get(ada, run)).isPresent();
    }

    @Test
    @DisplayName("clearing is idempotent")
    void clearTwice() {
        set(ada, "18:00", EVERY_DAY);

        reminders.clear(ada, run);
        reminders.clear(ada, run);

        assertThat(reminders.get(ada, run)).isEmpty();
    }

    @Test
    @DisplayName("no days is refused, naming days")
    void noDays() {
        assertThatThrownBy(() -> set(ada, "18:00", Set.of())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("days"));
    }

    @Test
    @DisplayName("a snooze sets snoozedUntil and makes it the next send; without a reminder it is not found")
    void snooze() {
        assertThatThrownBy(() -> reminders.snooze(ada, run, 10)).isInstanceOf(NotFoundException.class);
        set(ada, "18:00", EVERY_DAY);

        Reminder snoozed = reminders.snooze(ada, run, 10);

        assertThat(snoozed.snooze()).contains(new Reminder.Snooze(Instant.parse("2026-11-22T09:40:00Z"),
                LocalDate.parse("2026-11-22")));
        assertThat(storedNextSend()).isEqualTo(Instant.parse("2026-11-22T09:40:00Z"));
        assertThatThrownBy(() -> reminders.snooze(ada, run, 721)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("setting the reminder again drops its snooze")
    void setDropsSnooze() {
        set(ada, "18:00", EVERY_DAY);
        reminders.snooze(ada, run, 10);

        Reminder reset = set(ada, "19:00", EVERY_DAY);

        assertThat(reset.snooze()).isEmpty();
        assertThat(reminders.get(ada, run).orElseThrow().snooze()).isEmpty();
    }

    @Test
    @DisplayName("a new time zone moves the stored next send: 18:00 in New York instead of Berlin")
    void timeZoneChangeMovesTheNextSend() {
        set(ada, "18:00", EVERY_DAY);

        app.services().profile().updateSettings(new UpdateSettingsCommand(ada, Optional.of("America/New_York"),
                Optional.empty(), Optional.empty()));

        assertThat(storedNextSend()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
    }

    @Test
    @DisplayName("deleting the habit deletes its reminder")
    void habitDeletion() {
        set(ada, "18:00", EVERY_DAY);

        app.services().habits().delete(ada, run);

        assertThat(app.ports().reminders().findAll(ada)).isEmpty();
    }
}
