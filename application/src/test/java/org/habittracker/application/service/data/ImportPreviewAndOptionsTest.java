package org.habittracker.application.service.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.habittracker.application.error.LimitExceededException;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.data.ExportImportUseCase;
import org.habittracker.application.port.in.data.ImportOptions;
import org.habittracker.application.port.in.data.ImportOptions.Duplicates;
import org.habittracker.application.port.in.data.ImportOptions.Settings;
import org.habittracker.application.port.in.data.ImportPreview;
import org.habittracker.application.port.in.data.ImportPreview.Setting;
import org.habittracker.application.port.in.data.ImportPreview.SettingChange;
import org.habittracker.application.port.in.data.ImportReport;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.service.habit.ManageHabitsService;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("an import previewed, with duplicates skipped or copied and settings kept or replaced")
class ImportPreviewAndOptionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UserSettings BERLIN = UserSettings.defaultsFor(ZoneId.of("Europe/Berlin"));
    private static final UserSettings TOKYO = new UserSettings(ZoneId.of("Asia/Tokyo"), 2, DayOfWeek.SUNDAY);

    private final InMemoryApplication app = new InMemoryApplication();
    private final ExportImportUseCase exportImport = app.services().exportImport();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");

    /** Ada's export: Read and Run, Run with three check-ins and a pause, and a pause of all habits. */
    private UserDataExport adasExport(UserSettings settings) {
        app.services().habits().create(HabitFixtures.measured(ada, "Read", TODAY.minusDays(20)));
        Habit run = app.services().habits().create(HabitFixtures.daily(ada, "Run", TODAY.minusDays(20)));
        for (int ago = 2; ago >= 0; ago--) {
            app.services().checkIns().record(new RecordCheckInCommand(ada, run.id(), TODAY.minusDays(ago),
                    CheckInStatus.DONE, Optional.empty(), Optional.empty()));
        }
        app.services().pauses().create(new CreatePauseCommand(ada, Optional.of(run.id()), TODAY.minusDays(9),
                TODAY.minusDays(8)));
        app.services().pauses().create(new CreatePauseCommand(ada, Optional.empty(), TODAY.plusDays(3),
                TODAY.plusDays(4)));
        app.services().profile().updateSettings(new UpdateSettingsCommand(ada,
                Optional.of(settings.timeZone().getId()), Optional.of(settings.dayStartHour()),
                Optional.of(settings.weekStart().name())));
        return exportImport.export(ada);
    }

    private static ImportOptions options(Duplicates duplicates, Settings settings) {
        return new ImportOptions(duplicates, settings);
    }

    @Test
    @DisplayName("a preview of the owner's own export finds every habit already here, by its id, and writes nothing")
    void ownExportIsAllAlreadyHere() {
        UserDataExport data = adasExport(BERLIN);
        List<Habit> before = app.ports().habits().findAll(ada);

        ImportPreview preview = exportImport.preview(ada, data);

        assertThat(preview.habits()).extracting(ImportPreview.HabitPreview::name, ImportPreview.HabitPreview::alreadyHereAs)
                .containsExactly(
                        tuple("Read", Optional.of(before.get(0).id())),
                        tuple("Run", Optional.of(before.get(1).id())));
        assertThat(preview.alreadyHere()).isEqualTo(2);
        assertThat(preview.checkIns()).isEqualTo(3);
        assertThat(preview.pauses()).isEqualTo(2);
        assertThat(app.ports().habits().findAll(ada)).isEqualTo(before);
    }

    @Test
    @DisplayName("a second import of the same file is previewed as already here, though the first gave new ids")
    void secondImportOfTheSameFileIsDetected() {
        UserDataExport data = adasExport(BERLIN);
        app.services().habits().create(HabitFixtures.daily(bob, "Stretch"));
        ImportPreview first = exportImport.preview(bob, data);
        exportImport.importData(bob, data, options(Duplicates.COPY, Settings.KEEP));

        ImportPreview second = exportImport.preview(bob, data);

        assertThat(first.alreadyHere()).isZero();
        assertThat(second.alreadyHere()).isEqualTo(2);
        assertThat(second.habits()).hasSize(2);
    }

    @Test
    @DisplayName("skipping leaves out the habits already here with their check-ins and pauses, and says how many")
    void skipLeavesOutWhatIsHere() {
        UserDataExport data = adasExport(BERLIN);
        exportImport.importData(bob, data, options(Duplicates.COPY, Settings.KEEP));
        app.services().habits().delete(bob, app.ports().habits().findAll(bob).getFirst().id());

        ImportReport report = exportImport.importData(bob, data, options(Duplicates.SKIP, Settings.KEEP));

        assertThat(report).isEqualTo(new ImportReport(1, 0, 0, 0, 1));
        assertThat(app.ports().habits().findAll(bob)).extracting(Habit::name).containsExactlyInAnyOrder("Run", "Read");
        assertThat(app.ports().checkIns().findAllByOwner(bob).values()).hasSize(1).allSatisfy(c -> assertThat(c).hasSize(3));
        assertThat(app.ports().pauses().findAll(bob)).hasSize(2);
    }

    @Test
    @DisplayName("copying imports every habit again, as new habits, as an import always did")
    void copyImportsEverythingAgain() {
        UserDataExport data = adasExport(BERLIN);
        exportImport.importData(bob, data, options(Duplicates.COPY, Settings.KEEP));

        ImportReport report = exportImport.importData(bob, data, options(Duplicates.COPY, Settings.KEEP));

        assertThat(report).isEqualTo(new ImportReport(2, 3, 2, 0, 0));
        assertThat(app.ports().habits().findAll(bob)).extracting(Habit::name)
                .containsExactly("Read", "Run", "Read", "Run");
        assertThat(app.ports().pauses().findAll(bob)).extracting(Pause::habitId).hasSize(4);
    }

    @Test
    @DisplayName("the preview names each setting the file would change, with the owner's value and the file's")
    void previewNamesSettingChanges() {
        UserDataExport data = adasExport(TOKYO);

        ImportPreview preview = exportImport.preview(bob, data);

        assertThat(preview.settings()).containsExactly(
                new SettingChange(Setting.TIME_ZONE, "Europe/Berlin", "Asia/Tokyo"),
                new SettingChange(Setting.DAY_START_HOUR, "0", "2"),
                new SettingChange(Setting.WEEK_START, "MONDAY", "SUNDAY"));
    }

    @Test
    @DisplayName("the preview names no settings when the file's are the owner's")
    void previewOfSameSettingsNamesNone() {
        UserDataExport data = adasExport(BERLIN);

        assertThat(exportImport.preview(bob, data).settings()).isEmpty();
    }

    @Test
    @DisplayName("keeping settings leaves the owner's time zone, day start and week start as they were")
    void keepLeavesSettings() {
        UserDataExport data = adasExport(TOKYO);

        exportImport.importData(bob, data, options(Duplicates.COPY, Settings.KEEP));

        assertThat(app.services().profile().profile(bob).settings()).isEqualTo(BERLIN);
    }

    @Test
    @DisplayName("replacing settings takes the file's")
    void replaceTakesTheFilesSettings() {
        UserDataExport data = adasExport(TOKYO);

        exportImport.importData(bob, data, options(Duplicates.COPY, Settings.REPLACE));

        assertThat(app.services().profile().profile(bob).settings()).isEqualTo(TOKYO);
    }

    @Test
    @DisplayName("check-ins are judged against today in the settings the import leaves; the preview takes either")
    void daysAreJudgedInTheSettingsTheImportLeaves() {
        // At the clock's 09:30 UTC it is already the 22nd in Berlin but still the 21st in Pago Pago.
        UserSettings pagoPago = UserSettings.defaultsFor(ZoneId.of("Pacific/Pago_Pago"));
        UserDataExport data = adasExport(pagoPago); // Run's last check-in is on the 22nd

        assertThat(exportImport.preview(bob, data).checkIns()).isEqualTo(3);
        assertRefusedOn("habits[1].checkIns[2].day",
                () -> exportImport.importData(bob, data, options(Duplicates.COPY, Settings.REPLACE)));
        assertThat(exportImport.importData(bob, data, options(Duplicates.COPY, Settings.KEEP)).checkIns()).isEqualTo(3);
    }

    @Test
    @DisplayName("a preview refuses the faults the import would, naming them")
    void previewRefusesFaults() {
        UserDataExport data = adasExport(BERLIN);
        UserDataExport future = new UserDataExport(UserDataExport.FORMAT_VERSION + 1, data.exportedAt(), data.username(), data.settings(),
                data.habits(), data.pauses());

        assertRefusedOn("formatVersion", () -> exportImport.preview(bob, future));
    }

    @Test
    @DisplayName("the 500-habit limit counts only the habits an import adds: skipping what is here can fit")
    void limitCountsOnlyAddedHabits() {
        UserDataExport data = adasExport(BERLIN);
        exportImport.importData(bob, data, options(Duplicates.COPY, Settings.KEEP));
        for (int i = 0; i < ManageHabitsService.MAX_HABITS - 2; i++) {
            app.services().habits().create(HabitFixtures.daily(bob, "Habit " + i));
        }

        assertThat(exportImport.preview(bob, data).alreadyHere()).isEqualTo(2);
        assertThatThrownBy(() -> exportImport.importData(bob, data, options(Duplicates.COPY, Settings.KEEP)))
                .isInstanceOf(LimitExceededException.class);
        assertThat(exportImport.importData(bob, data, options(Duplicates.SKIP, Settings.KEEP)).skipped()).isEqualTo(2);
    }
}
