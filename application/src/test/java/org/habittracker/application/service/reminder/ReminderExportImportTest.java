package org.habittracker.application.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import org.habittracker.application.port.in.data.ImportOptions;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.port.in.reminder.SetReminderCommand;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.reminder.Reminder;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reminders travel with their habits through our export; a snooze does not (it was for one day). */
class ReminderExportImportTest {
    private final InMemoryApplication app = new InMemoryApplication();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");
    private final HabitId run = app.services().habits().create(HabitFixtures.daily(ada, "Run")).id();

    @Test
    @DisplayName("an exported reminder is imported with its habit, due in the importer's time zone")
    void roundTrip() {
        app.services().reminders().set(new SetReminderCommand(ada, run, LocalTime.of(7, 15),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        app.services().reminders().snooze(ada, run, 30);
        app.services().profile().updateSettings(new UpdateSettingsCommand(bob, Optional.of("Asia/Tokyo"),
                Optional.empty(), Optional.empty()));

        UserDataExport data = app.services().exportImport().export(ada);
        assertThat(data.habits()).singleElement().satisfies(h -> assertThat(h.reminder())
                .contains(Reminder.of(run, LocalTime.of(7, 15), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))));

        app.services().exportImport().importData(bob, data,
                new ImportOptions(ImportOptions.Duplicates.COPY, ImportOptions.Settings.KEEP));

        HabitId bobsRun = app.services().habits().list(bob).get(0).id();
        assertThat(app.services().reminders().get(bob, bobsRun))
                .contains(Reminder.of(bobsRun, LocalTime.of(7, 15), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        // Monday 23 November 2026, 07:15 in Tokyo.
        assertThat(app.ports().reminders().findDue(Instant.parse("2026-11-22T22:15:00Z"), 10))
                .filteredOn(d -> d.owner().equals(bob)).extracting(d -> d.due().at())
                .containsExactly(Instant.parse("2026-11-22T22:15:00Z"));
    }

    @Test
    @DisplayName("a habit without a reminder exports none and imports none")
    void noReminder() {
        UserDataExport data = app.services().exportImport().export(ada);

        assertThat(data.habits()).singleElement().satisfies(h -> assertThat(h.reminder()).isEmpty());
        app.services().exportImport().importData(bob, data,
                new ImportOptions(ImportOptions.Duplicates.COPY, ImportOptions.Settings.KEEP));
        assertThat(app.ports().reminders().findAll(bob)).isEmpty();
    }
}
