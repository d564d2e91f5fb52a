package org.habittracker.application.service.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.progress.HabitProgress;
import org.habittracker.domain.progress.ProgressCheckpoint;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** The board resumed from stored checkpoints, as the services keep them. */
class BoardProgressTest {
    private final InMemoryApplication app = new InMemoryApplication();
    private final UserId ada = app.registerUser("ada");
    private final LocalDate today = app.today(ada);
    private final Habit run = app.services().habits().create(HabitFixtures.daily(ada, "Run", today.minusDays(60)));

    private void record(HabitId habit, LocalDate day) {
        app.services().checkIns().record(new RecordCheckInCommand(ada, habit, day, CheckInStatus.DONE,
                Optional.empty(), Optional.empty()));
    }

    private Optional<ProgressCheckpoint> stored(HabitId habit) {
        return Optional.ofNullable(app.ports().checkpoints().findAll(ada).get(habit));
    }

    /** What a full analysis of every check-in gives, for comparison. */
    private TodayBoard.Entry fullEntry(Habit habit, LocalDate day) {
        HabitProgress progress = HabitProgress.analyse(habit,
                app.ports().checkIns().findByHabit(ada, habit.id(), Dates.EARLIEST, day),
                app.ports().pauses().findAll(ada), day, DayOfWeek.MONDAY);
        return new TodayBoard.Entry(habit, progress.summary());
    }

    @Test
    void aBoardReadStoresACheckpointForTheNextOne() {
        for (int i = 1; i <= 40; i++) {
            record(run.id(), today.minusDays(i));
        }

        app.services().progress().todayBoard(ada);

        assertThat(stored(run.id())).map(ProgressCheckpoint::asOf).contains(today.minusDays(1));
    }

    @Test
    void theBoardFromACheckpointEqualsTheFullAnalysisDaysLater() {
        for (int i = 1; i <= 40; i += 2) {
            record(run.id(), today.minusDays(i));
        }
        app.services().progress().todayBoard(ada);

        app.ports().clock().advance(Duration.ofDays(9));
        LocalDate later = app.today(ada);
        record(run.id(), later.minusDays(3));
        record(run.id(), later);

        assertThat(app.services().progress().todayBoard(ada).habits()).containsExactly(fullEntry(run, later));
    }

    /** The checkpoint a full analysis of every check-in gives now. */
    private Optional<ProgressCheckpoint> fullCheckpoint(Habit habit, LocalDate day) {
        return HabitProgress.analyse(habit, app.ports().checkIns().findByHabit(ada, habit.id(), Dates.EARLIEST, day),
                app.ports().pauses().findAll(ada), day, DayOfWeek.MONDAY).checkpoint();
    }

    @Test
    void aBackDatedCheckInOnOrBeforeTheCheckpointReplacesItWithAFreshOneInTheWrite() {
        record(run.id(), today.minusDays(5));
        app.services().progress().todayBoard(ada);
        ProgressCheckpoint before = stored(run.id()).orElseThrow();

        record(run.id(), before.asOf());

        assertThat(stored(run.id())).isNotEqualTo(Optional.of(before)).isEqualTo(fullCheckpoint(run, today));
        assertThat(app.services().progress().todayBoard(ada).habits()).containsExactly(fullEntry(run, today));
    }

    @Test
    void aClearedCheckInOnOrBeforeTheCheckpointReplacesItWithAFreshOneInTheWrite() {
        record(run.id(), today.minusDays(5));
        app.services().progress().todayBoard(ada);
        ProgressCheckpoint before = stored(run.id()).orElseThrow();

        app.services().checkIns().clear(ada, run.id(), today.minusDays(5));

        assertThat(stored(run.id())).isNotEqualTo(Optional.of(before)).isEqualTo(fullCheckpoint(run, today));
        assertThat(app.services().progress().todayBoard(ada).habits()).containsExactly(fullEntry(run, today));
    }

    @Test
    void aCheckInAfterTheCheckpointKeepsIt() {
        app.services().progress().todayBoard(ada);
        ProgressCheckpoint before = stored(run.id()).orElseThrow();

        record(run.id(), today);

        assertThat(stored(run.id())).contains(before);
    }

    @Test
    void aRollingWindowHabitResumesFromItsCheckpointDaysLater() {
        Habit window = app.services().habits().create(new CreateHabitCommand(ada, "Swim", Optional.empty(),
                HabitFixtures.TEAL, Optional.empty(), new Schedule.TimesPerWindow(2, 5), new Goal.YesNo(),
                Optional.of(today.minusDays(30)), Optional.empty()));
        for (int i = 2; i <= 30; i += 3) {
            record(window.id(), today.minusDays(i));
        }
        app.services().progress().todayBoard(ada);
        ProgressCheckpoint checkpoint = stored(window.id()).orElseThrow();

        app.ports().clock().advance(Duration.ofDays(3));
        LocalDate later = app.today(ada);
        // Written to storage directly: a tap that analyses in full would store a fresh checkpoint in its write.
        app.ports().checkIns().upsert(ada, new CheckIn(window.id(), later.minusDays(1), CheckInStatus.DONE,
                Optional.empty(), ""));
        app.ports().checkIns().upsert(ada, new CheckIn(window.id(), later, CheckInStatus.DONE, Optional.empty(), ""));

        assertThat(checkpoint.settled()).isPresent();
        assertThat(app.services().progress().todayBoard(ada).habits()).contains(fullEntry(window, later));
        assertThat(stored(window.id())).contains(checkpoint);
    }

    @Test
    void aCheckpointTwoMonthsOldIsRenewedByTheBoardRead() {
        app.services().progress().todayBoard(ada);
        app.ports().clock().advance(Duration.ofDays(70));
        LocalDate later = app.today(ada);

        assertThat(app.services().progress().todayBoard(ada).habits()).containsExactly(fullEntry(run, later));
        assertThat(stored(run.id())).map(ProgressCheckpoint::asOf).contains(later.minusDays(1));
    }
}
