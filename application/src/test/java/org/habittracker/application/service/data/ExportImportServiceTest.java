package org.habittracker.application.service.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.habittracker.application.error.LimitExceededException;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.data.ExportImportUseCase;
import org.habittracker.application.port.in.data.ImportOptions;
import org.habittracker.application.port.in.data.ImportReport;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.application.port.in.data.UserDataExport.HabitData;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.service.OutboundPorts;
import org.habittracker.application.service.habit.ManageHabitsService;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.InMemoryPorts;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExportImportServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UserSettings TOKYO = new UserSettings(ZoneId.of("Asia/Tokyo"), 2, DayOfWeek.SUNDAY);
    /** What an import did before it asked: every habit as a new one, the file's settings taken. */
    private static final ImportOptions COPY_REPLACING = new ImportOptions(ImportOptions.Duplicates.COPY,
            ImportOptions.Settings.REPLACE);

    private final InMemoryApplication app = new InMemoryApplication();
    private final ExportImportUseCase exportImport = app.services().exportImport();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");

    /** Ada's data: a measured and a daily habit with check-ins, a milestone, and two pauses. */
    private UserDataExport adasData() {
        Habit read = app.services().habits().create(HabitFixtures.measured(ada, "Read", TODAY.minusDays(20)));
        Habit run = app.services().habits().create(HabitFixtures.daily(ada, "Run", TODAY.minusDays(20)));
        for (int ago = 10; ago >= 0; ago--) {
            record(run.id(), TODAY.minusDays(ago), Optional.empty());
        }
        record(read.id(), TODAY, Optional.of(new BigDecimal("25")));
        app.services().pauses().create(new CreatePauseCommand(ada, Optional.of(read.id()), TODAY.minusDays(5),
                TODAY.minusDays(3)));
        app.services().pauses().create(new CreatePauseCommand(ada, Optional.empty(), TODAY.plusDays(10),
                TODAY.plusDays(12)));
        app.services().profile().updateSettings(new UpdateSettingsCommand(ada,
                Optional.of("Asia/Tokyo"), Optional.of(2), Optional.of("SUNDAY")));
        return exportImport.export(ada);
    }

    private void record(HabitId habit, LocalDate day, Optional<BigDecimal> amount) {
        app.services().checkIns().record(new RecordCheckInCommand(ada, habit, day, CheckInStatus.DONE, amount,
                Optional.empty()));
    }

    /** The same data with one check-in of the last habit replaced. */
    private static UserDataExport withLastCheckIn(UserDataExport data, CheckIn replacement) {
        List<HabitData> habits = new ArrayList<>(data.habits());
        HabitData last = habits.removeLast();
        List<CheckIn> checkIns = new ArrayList<>(last.checkIns());
        checkIns.set(checkIns.size() - 1, replacement);
        habits.add(new HabitData(last.habit(), checkIns, last.milestones()));
        return new UserDataExport(data.formatVersion(), data.exportedAt(), data.username(), data.settings(), habits,
                data.pauses());
    }

    private void assertBobHasNothing() {
        assertThat(app.ports().habits().findAll(bob)).isEmpty();
        assertThat(app.ports().checkIns().findAllByOwner(bob)).isEmpty();
        assertThat(app.ports().pauses().findAll(bob)).isEmpty();
        assertThat(app.services().profile().profile(bob).settings())
                .isEqualTo(UserSettings.defaultsFor(ZoneId.of("Europe/Berlin")));
    }

    @Test
    @DisplayName("the export holds the settings, every habit with its check-ins and milestones, and the pauses")
    void exportHoldsEverything() {
        UserDataExport data = adasData();

        assertThat(data.formatVersion()).isEqualTo(UserDataExport.FORMAT_VERSION);
        assertThat(data.exportedAt()).isEqualTo(InMemoryPorts.START);
        assertThat(data.username().value()).isEqualTo("ada");
        assertThat(data.settings()).isEqualTo(TOKYO);
        assertThat(data.habits()).extracting(h -> h.habit().name()).containsExactly("Read", "Run");
        assertThat(data.habits().get(1).checkIns()).hasSize(11);
        assertThat(data.habits().get(1).milestones()).extracting(Milestone::kind).containsExactly(MilestoneKind.STREAK_7);
        assertThat(data.pauses()).hasSize(2);
    }

    @Test
    @DisplayName("importing into another account copies everything under new ids and the importer's name")
    void importCopiesEverything() {
        UserDataExport data = adasData();

        ImportReport report = exportImport.importData(bob, data, COPY_REPLACING);

        assertThat(report).isEqualTo(new ImportReport(2, 12, 2, 1, 0));
        UserDataExport copy = exportImport.export(bob);
        assertThat(copy.settings()).isEqualTo(TOKYO);
        assertThat(copy.habits()).hasSize(2).allSatisfy(h -> assertThat(h.habit().owner()).isEqualTo(bob));
        assertThat(copy.habits()).extracting(h -> h.habit().id())
                .doesNotContainAnyElementsOf(data.habits().stream().map(h -> h.habit().id()).toList());
        for (int i = 0; i < 2; i++) {
            HabitData original = data.habits().get(i);
            HabitData copied = copy.habits().get(i);
            assertThat(copied.habit().name()).isEqualTo(original.habit().name());
            assertThat(copied.habit().goal()).isEqualTo(original.habit().goal());
            assertThat(copied.checkIns()).extracting(CheckIn::day, CheckIn::status, CheckIn::amount)
                    .isEqualTo(original.checkIns().stream().map(c -> tuple(c.day(),
                            c.status(), c.amount())).toList());
            assertThat(copied.checkIns()).allSatisfy(c -> assertThat(c.habitId()).isEqualTo(copied.habit().id()));
            assertThat(copied.milestones()).isEqualTo(original.milestones());
        }
    }

    @Test
    @DisplayName("data without milestones (as from Loop) gets those its history reaches, dated when first reached")
    void importRecordsTheMilestonesTheHistoryReaches() {
        UserDataExport data = adasData();
        List<HabitData> withoutMilestones = data.habits().stream()
                .map(item -> new HabitData(item.habit(), item.checkIns(), List.of())).toList();

        ImportReport report = exportImport.importData(bob, new UserDataExport(data.formatVersion(),
                data.exportedAt(), data.username(), data.settings(), withoutMilestones, data.pauses()), COPY_REPLACING);

        UserDataExport bobs = exportImport.export(bob);
        HabitData run = bobs.habits().stream().filter(item -> item.habit().name().equals("Run")).findFirst()
                .orElseThrow();
        assertThat(run.milestones()).containsExactly(new Milestone(MilestoneKind.STREAK_7, TODAY.minusDays(4)));
        assertThat(report.milestones()).isEqualTo(1);
    }

    @Test
    @DisplayName("imported pauses follow their habits to the new ids, and pauses for all habits stay for all")
    void importRemapsPauses() {
        UserDataExport data = adasData();

        exportImport.importData(bob, data, COPY_REPLACING);

        List<Pause> pauses = app.ports().pauses().findAll(bob);
        HabitId newRead = app.ports().habits().findAll(bob).getFirst().id();
        assertThat(pauses).extracting(Pause::habitId).containsExactly(Optional.of(newRead), Optional.empty());
        assertThat(pauses).allSatisfy(p -> assertThat(p.owner()).isEqualTo(bob));
    }

    @Test
    @DisplayName("imported habits go after the importer's own habits on the board")
    void importAppends() {
        Habit own = app.services().habits().create(HabitFixtures.daily(bob, "Bob's own"));
        UserDataExport data = adasData();

        exportImport.importData(bob, data, COPY_REPLACING);

        assertThat(app.ports().habits().findAll(bob)).extracting(Habit::name, Habit::position)
                .containsExactly(tuple(own.name(), 0),
                        tuple("Read", 1), tuple("Run", 2));
    }

    @Test
    @DisplayName("a bad value in the last habit is refused, naming it, and nothing at all is written")
    void badValueInTheLastHabitWritesNothing() {
        UserDataExport data = adasData();
        HabitId lastHabit = data.habits().getLast().habit().id();
        UserDataExport bad = withLastCheckIn(data, CheckIn.done(lastHabit, TODAY.minusDays(1), BigDecimal.ONE));

        assertRefusedOn("habits[1].checkIns[10].amount", () -> exportImport.importData(bob, bad, COPY_REPLACING));
        assertBobHasNothing();
    }

    @Test
    @DisplayName("a check-in after today is refused on its day")
    void futureCheckInRefused() {
        UserDataExport data = adasData();
        HabitId lastHabit = data.habits().getLast().habit().id();
        UserDataExport bad = withLastCheckIn(data, CheckIn.done(lastHabit, TODAY.plusDays(2)));

        assertRefusedOn("habits[1].checkIns[10].day", () -> exportImport.importData(bob, bad, COPY_REPLACING));
        assertBobHasNothing();
    }

    @Test
    @DisplayName("a check-in filed under another habit is refused on its habitId")
    void misfiledCheckInRefused() {
        UserDataExport data = adasData();
        HabitId firstHabit = data.habits().getFirst().habit().id();
        UserDataExport bad = withLastCheckIn(data, CheckIn.done(firstHabit, TODAY.minusDays(1)));

        assertRefusedOn("habits[1].checkIns[10].habitId", () -> exportImport.importData(bob, bad, COPY_REPLACING));
    }

    @Test
    @DisplayName("a pause for a habit that is not in the data is refused on its habitId")
    void pauseForUnknownHabitRefused() {
        UserDataExport data = adasData();
        Pause stray = new Pause(data.pauses().getFirst().id(), ada, Optional.of(new HabitId(UUID.randomUUID())),
                TODAY, TODAY);
        UserDataExport bad = new UserDataExport(data.formatVersion(), data.exportedAt(), data.username(),
                data.settings(), data.habits(), List.of(stray));

        assertRefusedOn("pauses[0].habitId", () -> exportImport.importData(bob, bad, COPY_REPLACING));
        assertBobHasNothing();
    }

    @Test
    @DisplayName("an unknown format version is refused on 'formatVersion'")
    void unknownFormatVersion() {
        UserDataExport data = adasData();
        UserDataExport future = new UserDataExport(99, data.exportedAt(), data.username(), data.settings(),
                data.habits(), data.pauses());

        assertRefusedOn("formatVersion", () -> exportImport.importData(bob, future, COPY_REPLACING));
    }

    @Test
    @DisplayName("an import that would pass 500 habits is refused with a limit error and writes nothing")
    void importRespectsTheHabitLimit() {
        UserDataExport data = adasData();
        for (int i = 0; i < ManageHabitsService.MAX_HABITS - 1; i++) {
            app.services().habits().create(HabitFixtures.daily(bob, "Habit " + i));
        }

        assertThatThrownBy(() -> exportImport.importData(bob, data, COPY_REPLACING)).isInstanceOf(LimitExceededException.class);
        assertThat(app.ports().habits().count(bob)).isEqualTo(ManageHabitsService.MAX_HABITS - 1);
        assertThat(app.ports().pauses().findAll(bob)).isEmpty();
    }

    @Test
    @DisplayName("a failure half-way through writing rolls the whole import back")
    void failureWhileWritingRollsBack() {
        UserDataExport data = adasData();
        InMemoryPorts ports = app.ports();
        OutboundPorts failing = new OutboundPorts(ports.users(), new FailingOnSecondAdd(ports.habits()),
                ports.checkIns(), ports.pauses(), ports.milestones(), ports.checkpoints(), ports.reminders(), ports.reminderSends(),
                ports.pushSubscriptions(), java.util.Optional.of(ports.push()), ports.sessions(), ports.apiTokens(),
                ports.loginAttempts(), ports.passwordHasher(), ports.transactions(), ports.readCache(),
                ports.databaseHealth(), ports.clock(), ports.ids());
        ExportImportUseCase importer = new InMemoryApplication(ports, failing).services().exportImport();

        assertThatThrownBy(() -> importer.importData(bob, data, COPY_REPLACING)).hasMessageContaining("disk full");
        assertBobHasNothing();
    }

    @Test
    @DisplayName("an import forgets the importer's cached read models")
    void importInvalidates() {
        UserDataExport data = adasData();
        app.plantCacheProbe(bob);

        exportImport.importData(bob, data, COPY_REPLACING);

        assertThat(app.probeSurvived(bob)).isFalse();
    }

    /** A habit store whose second insert fails, as a database might half-way through. */
    private static final class FailingOnSecondAdd implements HabitRepository {
        private final HabitRepository delegate;
        private final AtomicInteger adds = new AtomicInteger();

        FailingOnSecondAdd(HabitRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public void add(Habit habit) {
            if (adds.incrementAndGet() == 2) {
                throw new IllegalStateException("disk full");
            }
            delegate.add(habit);
        }

        @Override
        public boolean update(Habit habit) {
            return delegate.update(habit);
        }

        @Override
        public Optional<Habit> find(UserId owner, HabitId id) {
            return delegate.find(owner, id);
        }

        @Override
        public List<Habit> findAll(UserId owner) {
            return delegate.findAll(owner);
        }

        @Override
        public int count(UserId owner) {
            return delegate.count(owner);
        }

        @Override
        public boolean delete(UserId owner, HabitId id) {
            return delegate.delete(owner, id);
        }

        @Override
        public void reorder(UserId owner, List<HabitId> order) {
            delegate.reorder(owner, order);
        }
    }
}
