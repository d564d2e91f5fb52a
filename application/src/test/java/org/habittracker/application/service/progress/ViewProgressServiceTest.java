package org.habittracker.application.service.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.application.port.in.progress.HabitHistory;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.port.in.progress.ViewProgressUseCase;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.KeptBoards;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.DayRecord;
import org.habittracker.domain.progress.DayState;
import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.progress.TodayStatus;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewProgressServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final InMemoryApplication app = new InMemoryApplication();
    private final ViewProgressUseCase progress = app.services().progress();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");
    private final Habit run = app.services().habits().create(HabitFixtures.daily(ada, "Run", TODAY.minusDays(9)));
    private final Habit read = app.services().habits().create(HabitFixtures.daily(ada, "Read", TODAY.minusDays(9)));

    private final KeptBoards boards = new KeptBoards();

    /** The board as the HTTP API gets it: rendered, through the cache. */
    private TodayBoard cachedBoard() {
        return boards.read(progress.renderedTodayBoard(app.principal(ada), boards));
    }

    private void done(HabitId habit, LocalDate day) {
        app.services().checkIns().record(new RecordCheckInCommand(ada, habit, day, CheckInStatus.DONE,
                Optional.empty(), Optional.empty()));
    }

    @Test
    @DisplayName("the board lists the active habits in board order, for the owner's today")
    void boardListsActiveHabitsInOrder() {
        Habit archived = app.services().habits().create(HabitFixtures.daily(ada, "Old", TODAY));
        app.services().habits().archive(ada, archived.id());

        TodayBoard board = progress.todayBoard(ada);

        assertThat(board.today()).isEqualTo(TODAY);
        assertThat(board.habits()).extracting(entry -> entry.habit().id()).containsExactly(run.id(), read.id());
    }

    @Test
    @DisplayName("each board entry tells today's status, the current streak and the score")
    void boardEntryHasTheSummary() {
        done(run.id(), TODAY.minusDays(2));
        done(run.id(), TODAY.minusDays(1));
        done(run.id(), TODAY);

        TodayBoard.Entry entry = progress.todayBoard(ada).habits().getFirst();

        assertThat(entry.summary().todayStatus()).isEqualTo(TodayStatus.DONE);
        assertThat(entry.summary().currentStreak()).isEqualTo(3);
        assertThat(entry.summary().score()).isPositive();
        assertThat(progress.todayBoard(ada).habits().get(1).summary().todayStatus()).isEqualTo(TodayStatus.PENDING);
    }

    @Test
    @DisplayName("a user with no habits gets an empty board")
    void emptyBoard() {
        assertThat(progress.todayBoard(bob).habits()).isEmpty();
    }

    @Test
    @DisplayName("the rendered board is served from the cache while nothing changes, without rendering it again")
    void boardIsCached() {
        byte[] first = progress.renderedTodayBoard(app.principal(ada), boards);

        assertThat(progress.renderedTodayBoard(app.principal(ada), boards)).isEqualTo(first);
        assertThat(boards.renderings()).isEqualTo(1);
    }

    @Test
    @DisplayName("the rendered board is what the board computed now holds")
    void renderedBoardIsTheBoard() {
        done(run.id(), TODAY);

        assertThat(cachedBoard()).isEqualTo(progress.todayBoard(ada));
    }

    @Test
    @DisplayName("after a check-in the board shows it, not the cached board")
    void boardAfterCheckIn() {
        cachedBoard();

        done(read.id(), TODAY);

        assertThat(cachedBoard().habits().get(1).summary().todayStatus()).isEqualTo(TodayStatus.DONE);
    }

    @Test
    @DisplayName("after a pause the board shows today as not due")
    void boardAfterPause() {
        cachedBoard();

        app.services().pauses().create(new CreatePauseCommand(ada, Optional.empty(), TODAY, TODAY));

        assertThat(cachedBoard().habits()).allSatisfy(
                entry -> assertThat(entry.summary().todayStatus()).isEqualTo(TodayStatus.NOT_DUE));
    }

    @Test
    @DisplayName("after a rename the board shows the new name")
    void boardAfterRename() {
        cachedBoard();

        app.services().habits().update(HabitFixtures.rename(ada, run.id(), "Run far"));

        assertThat(cachedBoard().habits().getFirst().habit().name()).isEqualTo("Run far");
    }

    @Test
    @DisplayName("a new day gives a new board, even with nothing written")
    void newDayNewBoard() {
        cachedBoard();

        app.ports().clock().advance(Duration.ofDays(1));

        assertThat(cachedBoard().today()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    @DisplayName("history gives the check-ins of the range and the state of each day")
    void historyOfARange() {
        done(run.id(), TODAY.minusDays(3));
        done(run.id(), TODAY.minusDays(1));

        HabitHistory history = progress.history(ada, run.id(), TODAY.minusDays(3), TODAY.minusDays(1));

        assertThat(history.checkIns()).extracting(CheckIn::day).containsExactly(TODAY.minusDays(3), TODAY.minusDays(1));
        assertThat(history.days()).containsExactly(new DayRecord(TODAY.minusDays(3), DayState.SATISFIED),
                new DayRecord(TODAY.minusDays(2), DayState.MISSED), new DayRecord(TODAY.minusDays(1), DayState.SATISFIED));
    }

    @Test
    @DisplayName("a history range of exactly five years is allowed")
    void fiveYearsAllowed() {
        HabitHistory history = progress.history(ada, run.id(), TODAY.minusYears(5), TODAY);

        assertThat(history.days()).hasSize(10);
    }

    @Test
    @DisplayName("a history range longer than five years is refused on 'to'")
    void moreThanFiveYearsRefused() {
        assertRefusedOn("to", () -> progress.history(ada, run.id(), TODAY.minusYears(5).minusDays(1), TODAY));
    }

    @Test
    @DisplayName("a history range ending before it starts is refused on 'to'")
    void backwardsRangeRefused() {
        assertRefusedOn("to", () -> progress.history(ada, run.id(), TODAY, TODAY.minusDays(1)));
    }

    @Test
    @DisplayName("statistics count the habit's satisfied days and streaks")
    void statistics() {
        done(run.id(), TODAY.minusDays(2));
        done(run.id(), TODAY.minusDays(1));

        HabitStatistics stats = progress.statistics(ada, run.id());

        assertThat(stats.totalSatisfied()).isEqualTo(2);
        assertThat(stats.currentStreak()).isEqualTo(2);
        assertThat(stats.scoreSeries()).hasSize(10);
    }

    @Test
    @DisplayName("statistics show the milestones as recorded, with the day each was first reached")
    void statisticsShowRecordedMilestones() {
        for (int ago = 9; ago >= 3; ago--) {
            done(run.id(), TODAY.minusDays(ago));
        }
        app.services().checkIns().clear(ada, run.id(), TODAY.minusDays(9));
        done(run.id(), TODAY.minusDays(2));

        assertThat(progress.statistics(ada, run.id()).milestones())
                .containsExactly(new Milestone(MilestoneKind.STREAK_7, TODAY.minusDays(3)));
    }

    @Test
    @DisplayName("statistics are served from the cache while nothing changes, and recomputed after a check-in")
    void statisticsAreCachedUntilAWrite() {
        HabitStatistics first = progress.statistics(ada, run.id());
        assertThat(progress.statistics(ada, run.id())).isSameAs(first);

        done(run.id(), TODAY);

        assertThat(progress.statistics(ada, run.id()).totalSatisfied()).isEqualTo(1);
    }

    @Test
    @DisplayName("another user's habit is not found by history or statistics")
    void anotherUsersHabitIsNotFound() {
        assertThatThrownBy(() -> progress.history(bob, run.id(), TODAY, TODAY)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.statistics(bob, run.id())).isInstanceOf(NotFoundException.class);
        assertThat(progress.todayBoard(bob).habits()).isEmpty();
    }

    @Test
    @DisplayName("a deleted habit's statistics are not found, even if they were cached")
    void deletedHabitStatistics() {
        progress.statistics(ada, run.id());

        app.services().habits().delete(ada, run.id());

        assertThatThrownBy(() -> progress.statistics(ada, run.id())).isInstanceOf(NotFoundException.class);
        assertThat(progress.todayBoard(ada).habits()).extracting(e -> e.habit().id()).isEqualTo(List.of(read.id()));
    }
}
