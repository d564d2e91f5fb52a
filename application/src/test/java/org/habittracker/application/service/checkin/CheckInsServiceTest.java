package org.habittracker.application.service.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.checkin.CheckInsUseCase;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.progress.HabitToday;
import org.habittracker.application.port.in.progress.TodayBoard;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.progress.TodayStatus;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckInsServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate START = LocalDate.of(2026, 11, 1);

    private final InMemoryApplication app = new InMemoryApplication();
    private final CheckInsUseCase checkIns = app.services().checkIns();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");
    private final Habit run = app.services().habits().create(HabitFixtures.daily(ada, "Run", START));
    private final Habit read = app.services().habits().create(HabitFixtures.measured(ada, "Read", START));

    private static RecordCheckInCommand done(UserId owner, HabitId habit, LocalDate day) {
        return new RecordCheckInCommand(owner, habit, day, CheckInStatus.DONE, Optional.empty(), Optional.empty());
    }

    private static RecordCheckInCommand amount(UserId owner, HabitId habit, LocalDate day, String amount) {
        return new RecordCheckInCommand(owner, habit, day, CheckInStatus.DONE, Optional.of(new BigDecimal(amount)),
                Optional.empty());
    }

    private List<CheckIn> stored(HabitId habit) {
        return app.ports().checkIns().findByHabit(ada, habit, Dates.EARLIEST, TODAY);
    }

    @Test
    @DisplayName("recording a day stores the check-in and returns it")
    void recordStores() {
        CheckIn recorded = checkIns.record(new RecordCheckInCommand(ada, run.id(), TODAY, CheckInStatus.DONE,
                Optional.empty(), Optional.of(" before work "))).checkIn();

        assertThat(recorded).isEqualTo(new CheckIn(run.id(), TODAY, CheckInStatus.DONE, Optional.empty(),
                "before work"));
        assertThat(stored(run.id())).containsExactly(recorded);
    }

    @Test
    @DisplayName("recording the same day again replaces the earlier check-in")
    void recordIsIdempotent() {
        checkIns.record(done(ada, run.id(), TODAY));
        checkIns.record(new RecordCheckInCommand(ada, run.id(), TODAY, CheckInStatus.SKIPPED, Optional.empty(),
                Optional.empty()));

        assertThat(stored(run.id())).extracting(CheckIn::status).containsExactly(CheckInStatus.SKIPPED);
    }

    @Test
    @DisplayName("a measured habit's DONE keeps its amount")
    void measuredKeepsTheAmount() {
        checkIns.record(amount(ada, read.id(), TODAY, "12.5"));

        assertThat(stored(read.id())).extracting(CheckIn::amount).containsExactly(Optional.of(new BigDecimal("12.5")));
    }

    @Test
    @DisplayName("a day after the owner's today is refused on 'day'")
    void futureDayIsRefused() {
        assertRefusedOn("day", () -> checkIns.record(done(ada, run.id(), TODAY.plusDays(1))));

        assertThat(stored(run.id())).isEmpty();
    }

    @Test
    @DisplayName("today is the owner's today: just after midnight in Berlin the new day may be recorded")
    void todayFollowsTheOwnersTimeZone() {
        // 23:30 UTC is 00:30 the next day in Berlin.
        app.ports().clock().set(Instant.parse("2026-11-22T23:30:00Z"));

        assertThatCode(() -> checkIns.record(done(ada, run.id(), TODAY.plusDays(1)))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a day before 2000 is refused on 'day'")
    void dayBefore2000IsRefused() {
        assertRefusedOn("day", () -> checkIns.record(done(ada, run.id(), LocalDate.of(1999, 12, 31))));
    }

    @Test
    @DisplayName("DONE on a measured habit without an amount is refused on 'amount'")
    void measuredNeedsAnAmount() {
        assertRefusedOn("amount", () -> checkIns.record(done(ada, read.id(), TODAY)));
    }

    @Test
    @DisplayName("an amount on a yes/no habit is refused on 'amount'")
    void yesNoTakesNoAmount() {
        assertRefusedOn("amount", () -> checkIns.record(amount(ada, run.id(), TODAY, "1")));
    }

    @Test
    @DisplayName("a negative amount is refused on 'amount'")
    void negativeAmount() {
        assertRefusedOn("amount", () -> checkIns.record(amount(ada, read.id(), TODAY, "-1")));
    }

    @Test
    @DisplayName("a note longer than 500 characters is refused on 'note'")
    void longNote() {
        assertRefusedOn("note", () -> checkIns.record(new RecordCheckInCommand(ada, run.id(), TODAY,
                CheckInStatus.DONE, Optional.empty(), Optional.of("x".repeat(501)))));
    }

    @Test
    @DisplayName("recording on another user's habit is 'not found' and writes nothing")
    void anotherUsersHabitIsNotFound() {
        assertThatThrownBy(() -> checkIns.record(done(bob, run.id(), TODAY))).isInstanceOf(NotFoundException.class);

        assertThat(stored(run.id())).isEmpty();
    }

    /** The habit's entry on the board computed afresh: what a write's answer must equal. */
    private TodayBoard.Entry boardEntry(HabitId habit) {
        return app.services().progress().todayBoard(ada).habits().stream()
                .filter(entry -> entry.habit().id().equals(habit)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("recording a day answers with the habit's board entry as the board now shows it, for the owner's today")
    void recordAnswersWithTheBoardEntry() {
        checkIns.record(done(ada, run.id(), TODAY.minusDays(1)));

        HabitToday answer = checkIns.record(done(ada, run.id(), TODAY)).board();

        assertThat(answer.today()).isEqualTo(TODAY);
        assertThat(answer.entry()).isEqualTo(boardEntry(run.id()));
        assertThat(answer.entry().summary().todayStatus()).isEqualTo(TodayStatus.DONE);
        assertThat(answer.entry().summary().currentStreak()).isEqualTo(2);
    }

    @Test
    @DisplayName("a back-dated check-in answers with the entry whose streak counts it")
    void backDatedRecordAnswersWithTheNewStreak() {
        checkIns.record(done(ada, run.id(), TODAY));
        checkIns.record(done(ada, run.id(), TODAY.minusDays(2)));

        HabitToday answer = checkIns.record(done(ada, run.id(), TODAY.minusDays(1))).board();

        assertThat(answer.entry().summary().currentStreak()).isEqualTo(3);
        assertThat(answer.entry()).isEqualTo(boardEntry(run.id()));
    }

    @Test
    @DisplayName("clearing a day answers with the habit's board entry without it")
    void clearAnswersWithTheBoardEntry() {
        checkIns.record(done(ada, run.id(), TODAY));

        HabitToday answer = checkIns.clear(ada, run.id(), TODAY);

        assertThat(answer.today()).isEqualTo(TODAY);
        assertThat(answer.entry()).isEqualTo(boardEntry(run.id()));
        assertThat(answer.entry().summary().todayStatus()).isEqualTo(TodayStatus.PENDING);
    }

    @Test
    @DisplayName("clearing a day removes its check-in")
    void clearRemoves() {
        checkIns.record(done(ada, run.id(), TODAY));

        checkIns.clear(ada, run.id(), TODAY);

        assertThat(stored(run.id())).isEmpty();
    }

    @Test
    @DisplayName("clearing a day with no check-in is not an error")
    void clearNothing() {
        assertThatCode(() -> checkIns.clear(ada, run.id(), TODAY)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("clearing on another user's habit is 'not found' and keeps the check-in")
    void clearOnAnotherUsersHabit() {
        checkIns.record(done(ada, run.id(), TODAY));

        assertThatThrownBy(() -> checkIns.clear(bob, run.id(), TODAY)).isInstanceOf(NotFoundException.class);
        assertThat(stored(run.id())).hasSize(1);
    }

    @Test
    @DisplayName("the seventh satisfied day in a row records the 7-day streak milestone on that day")
    void recordsNewMilestones() {
        for (int i = 0; i < 7; i++) {
            checkIns.record(done(ada, run.id(), START.plusDays(i)));
        }

        assertThat(app.ports().milestones().findByHabit(ada, run.id()))
                .containsExactly(new Milestone(MilestoneKind.STREAK_7, START.plusDays(6)));
    }

    @Test
    @DisplayName("a milestone keeps the day it was first reached when the history changes later")
    void milestonesKeepTheirFirstDay() {
        for (int i = 0; i < 7; i++) {
            checkIns.record(done(ada, run.id(), START.plusDays(i)));
        }
        checkIns.clear(ada, run.id(), START);
        checkIns.record(done(ada, run.id(), START.plusDays(7)));

        assertThat(app.ports().milestones().findByHabit(ada, run.id()))
                .containsExactly(new Milestone(MilestoneKind.STREAK_7, START.plusDays(6)));
    }

    @Test
    @DisplayName("recording a check-in forgets the owner's cached read models")
    void recordInvalidates() {
        app.plantCacheProbe(ada);

        checkIns.record(done(ada, run.id(), TODAY));

        assertThat(app.probeSurvived(ada)).isFalse();
    }

    @Test
    @DisplayName("clearing a check-in forgets the owner's cached read models")
    void clearInvalidates() {
        checkIns.record(done(ada, run.id(), TODAY));
        app.plantCacheProbe(ada);

        checkIns.clear(ada, run.id(), TODAY);

        assertThat(app.probeSurvived(ada)).isFalse();
    }

    @Test
    @DisplayName("a refused check-in leaves the cached read models alone")
    void refusedRecordKeepsTheCache() {
        app.plantCacheProbe(ada);

        assertRefusedOn("day", () -> checkIns.record(done(ada, run.id(), TODAY.plusDays(1))));

        assertThat(app.probeSurvived(ada)).isTrue();
    }
}
