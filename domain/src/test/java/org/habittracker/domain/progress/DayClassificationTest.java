package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.domain.progress.DayState.EXCUSED;
import static org.habittracker.domain.progress.DayState.MISSED;
import static org.habittracker.domain.progress.DayState.PENDING;
import static org.habittracker.domain.progress.DayState.SATISFIED;
import static org.habittracker.domain.progress.Fixtures.DAILY;
import static org.habittracker.domain.progress.Fixtures.HABIT;
import static org.habittracker.domain.progress.Fixtures.OWNER;
import static org.habittracker.domain.progress.Fixtures.TODAY;
import static org.habittracker.domain.progress.Fixtures.YES_NO;
import static org.habittracker.domain.progress.Fixtures.amount;
import static org.habittracker.domain.progress.Fixtures.analyse;
import static org.habittracker.domain.progress.Fixtures.atLeast;
import static org.habittracker.domain.progress.Fixtures.atMost;
import static org.habittracker.domain.progress.Fixtures.day;
import static org.habittracker.domain.progress.Fixtures.done;
import static org.habittracker.domain.progress.Fixtures.habit;
import static org.habittracker.domain.progress.Fixtures.pauseAll;
import static org.habittracker.domain.progress.Fixtures.pauseHabit;
import static org.habittracker.domain.progress.Fixtures.skip;
import static org.habittracker.domain.progress.Fixtures.statesOf;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What each day of a habit is (ARCHITECTURE.md §2). */
class DayClassificationTest {

    @Test
    @DisplayName("a daily habit: done days are satisfied, skipped excused, others missed, today pending")
    void dailyHabit() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(4)), List.of(done(4), skip(3), done(1)));

        assertThat(statesOf(progress, 4, 3, 2, 1, 0)).containsExactly(SATISFIED, EXCUSED, MISSED, SATISFIED, PENDING);
    }

    @Test
    @DisplayName("a habit whose first check-in precedes its start date starts on that check-in")
    void firstCheckInBeforeStartDate() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(2)), List.of(done(6), done(0)));

        assertThat(progress.firstDay()).isEqualTo(day(6));
        assertThat(statesOf(progress, 6, 5, 4, 3, 2, 1, 0))
                .containsExactly(SATISFIED, MISSED, MISSED, MISSED, MISSED, MISSED, SATISFIED);
        assertThat(progress.days(day(30), TODAY)).hasSize(7);
    }

    @Test
    @DisplayName("a check-in for tomorrow is ignored: it neither counts nor moves the first day")
    void checkInForTomorrowIgnored() {
        CheckIn tomorrow = CheckIn.done(HABIT, TODAY.plusDays(1));
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(1)), List.of(done(1), tomorrow));

        assertThat(progress.stateOn(TODAY.plusDays(1))).isEmpty();
        assertThat(progress.days(day(1), TODAY.plusDays(5))).extracting(DayRecord::state)
                .containsExactly(SATISFIED, PENDING);
        assertThat(progress.statistics().totalSatisfied()).isEqualTo(1);
    }

    @Test
    @DisplayName("a habit starting after today has no days yet and is not due")
    void habitStartingLater() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, TODAY.plusDays(3)), List.of());

        assertThat(progress.days(day(10), TODAY.plusDays(10))).isEmpty();
        assertThat(progress.summary()).isEqualTo(new HabitSummary(TodayStatus.NOT_DUE, Optional.empty(), 0, 0.0));
        assertThat(progress.statistics().scoreSeries()).isEmpty();
    }

    @Test
    @DisplayName("at least: an amount short of the target is missed, the target itself satisfies")
    void atLeastTarget() {
        HabitProgress progress = analyse(habit(DAILY, atLeast("20"), day(2)),
                List.of(amount(2, "19.99"), amount(1, "20")));

        assertThat(statesOf(progress, 2, 1)).containsExactly(MISSED, SATISFIED);
    }

    @Test
    @DisplayName("at most: an amount over the limit is missed, the limit itself satisfies")
    void atMostLimit() {
        HabitProgress progress = analyse(habit(DAILY, atMost("2"), day(2)), List.of(amount(2, "3"), amount(1, "2")));

        assertThat(statesOf(progress, 2, 1)).containsExactly(MISSED, SATISFIED);
    }

    @Test
    @DisplayName("at most with a zero target: zero satisfies, anything more is missed, and the score stays finite")
    void atMostZeroTarget() {
        HabitProgress progress = analyse(habit(DAILY, atMost("0"), day(3)),
                List.of(amount(3, "0"), amount(2, "0.001"), amount(1, "0")));

        assertThat(statesOf(progress, 3, 2, 1)).containsExactly(SATISFIED, MISSED, SATISFIED);
        assertThat(progress.score()).isFinite().isBetween(0.0, 100.0);
    }

    @Test
    @DisplayName("a measured DONE without an amount does not meet the goal")
    void measuredDoneWithoutAmount() {
        HabitProgress progress = analyse(habit(DAILY, atLeast("1"), day(1)), List.of(done(1)));

        assertThat(statesOf(progress, 1)).containsExactly(MISSED);
    }

    @Test
    @DisplayName("a pause excuses its days for its habit or for all habits, but not another habit's pause")
    void pauses() {
        HabitId other = new HabitId(UUID.fromString("00000000-0000-7000-8000-0000000000bb"));
        List<Pause> pauses = List.of(pauseAll(day(5), day(5)), pauseHabit(HABIT, day(3), day(3)),
                pauseHabit(other, day(1), day(1)));
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(5)), List.of(), pauses);

        assertThat(statesOf(progress, 5, 4, 3, 2, 1)).containsExactly(EXCUSED, MISSED, EXCUSED, MISSED, MISSED);
    }

    @Test
    @DisplayName("a pause of another user changes nothing")
    void pauseOfAnotherUser() {
        UserId stranger = new UserId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
        Pause theirs = new Pause(new PauseId(UUID.randomUUID()), stranger, Optional.empty(), day(3), day(1));
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(3)), List.of(), List.of(theirs));

        assertThat(statesOf(progress, 3, 2, 1)).containsOnly(MISSED);
        assertThat(OWNER).isNotEqualTo(stranger);
    }

    @Test
    @DisplayName("a pause that includes today makes today not due, and a done day inside a pause still counts")
    void pauseThroughToday() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(3)), List.of(done(2)),
                List.of(pauseAll(day(2), TODAY.plusDays(4))));

        assertThat(statesOf(progress, 3, 2, 1, 0)).containsExactly(MISSED, SATISFIED, EXCUSED, EXCUSED);
        assertThat(progress.summary().todayStatus()).isEqualTo(TodayStatus.NOT_DUE);
    }

    @Test
    @DisplayName("check-ins of another habit are ignored")
    void otherHabitsCheckIns() {
        HabitId other = new HabitId(UUID.fromString("00000000-0000-7000-8000-0000000000bb"));
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(1)), List.of(CheckIn.done(other, day(1))));

        assertThat(statesOf(progress, 1)).containsExactly(MISSED);
    }

    @Test
    @DisplayName("recording a day twice: the later check-in in the list wins")
    void laterCheckInWins() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(1)), List.of(done(1), skip(1)));

        assertThat(statesOf(progress, 1)).containsExactly(EXCUSED);
    }

    @Test
    @DisplayName("a weekday schedule excuses the other weekdays, and misses the chosen ones")
    void weekdays() {
        // Today is a Sunday: 1 day ago Saturday, 2 Friday, 3 Thursday.
        Schedule fridays = new Schedule.Weekdays(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SUNDAY));
        HabitProgress progress = analyse(habit(fridays, YES_NO, day(3)), List.of(done(3)));

        assertThat(statesOf(progress, 3, 2, 1, 0)).containsExactly(SATISFIED, MISSED, EXCUSED, PENDING);
    }

    @Test
    @DisplayName("days() returns the asked range cut to the history, in order")
    void daysRange() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(3)), List.of(done(2)));

        assertThat(progress.days(day(10), day(2))).containsExactly(new DayRecord(day(3), MISSED),
                new DayRecord(day(2), SATISFIED));
        assertThat(progress.days(day(1), day(2))).isEmpty();
    }

    @Test
    @DisplayName("dates far outside the history are simply outside it")
    void farOffDates() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(3)), List.of(done(2)));

        assertThat(progress.stateOn(java.time.LocalDate.MAX)).isEmpty();
        assertThat(progress.stateOn(java.time.LocalDate.MIN)).isEmpty();
        assertThat(progress.days(java.time.LocalDate.MIN, java.time.LocalDate.MAX)).hasSize(4);
        assertThat(progress.days(java.time.LocalDate.MAX, java.time.LocalDate.MAX)).isEmpty();
        assertThat(progress.days(java.time.LocalDate.MIN, java.time.LocalDate.MIN)).isEmpty();
    }
}
