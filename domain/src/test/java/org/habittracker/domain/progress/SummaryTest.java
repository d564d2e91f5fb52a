package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.domain.progress.Fixtures.DAILY;
import static org.habittracker.domain.progress.Fixtures.TODAY;
import static org.habittracker.domain.progress.Fixtures.YES_NO;
import static org.habittracker.domain.progress.Fixtures.amount;
import static org.habittracker.domain.progress.Fixtures.analyse;
import static org.habittracker.domain.progress.Fixtures.atLeast;
import static org.habittracker.domain.progress.Fixtures.day;
import static org.habittracker.domain.progress.Fixtures.done;
import static org.habittracker.domain.progress.Fixtures.doneRange;
import static org.habittracker.domain.progress.Fixtures.habit;
import static org.habittracker.domain.progress.Fixtures.pauseAll;
import static org.habittracker.domain.progress.Fixtures.skip;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.habittracker.domain.habit.Schedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the today board shows for a habit. */
class SummaryTest {

    @Test
    @DisplayName("done today: DONE, with the streak including today and the score after today")
    void doneToday() {
        HabitSummary summary = analyse(habit(DAILY, YES_NO, day(2)), doneRange(0, 3)).summary();

        assertThat(summary.todayStatus()).isEqualTo(TodayStatus.DONE);
        assertThat(summary.currentStreak()).isEqualTo(3);
        assertThat(summary.score()).isGreaterThan(0.0);
    }

    @Test
    @DisplayName("skipped today: SKIPPED, and the streak goes on")
    void skippedToday() {
        HabitSummary summary = analyse(habit(DAILY, YES_NO, day(2)), List.of(done(2), done(1), skip(0))).summary();

        assertThat(summary.todayStatus()).isEqualTo(TodayStatus.SKIPPED);
        assertThat(summary.currentStreak()).isEqualTo(2);
    }

    @Test
    @DisplayName("nothing yet today: PENDING, with the score of yesterday")
    void pendingToday() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(2)), doneRange(1, 3));
        HabitSummary summary = progress.summary();

        assertThat(summary.todayStatus()).isEqualTo(TodayStatus.PENDING);
        assertThat(summary.todayAmount()).isEmpty();
        assertThat(summary.score()).isEqualTo(Fixtures.scoresByDay(progress).get(day(1)) * 100);
    }

    @Test
    @DisplayName("part of a measured goal today: PENDING with the amount so far")
    void partialAmountToday() {
        HabitSummary summary = analyse(habit(DAILY, atLeast("20"), day(1)), List.of(amount(0, "12"))).summary();

        assertThat(summary.todayStatus()).isEqualTo(TodayStatus.PENDING);
        assertThat(summary.todayAmount()).contains(new BigDecimal("12"));
    }

    @Test
    @DisplayName("a measured goal met today: DONE with its amount")
    void measuredDoneToday() {
        HabitSummary summary = analyse(habit(DAILY, atLeast("20"), day(1)), List.of(amount(0, "25.5"))).summary();

        assertThat(summary.todayStatus()).isEqualTo(TodayStatus.DONE);
        assertThat(summary.todayAmount()).contains(new BigDecimal("25.5"));
    }

    @Test
    @DisplayName("paused today: NOT_DUE")
    void pausedToday() {
        HabitSummary summary = analyse(habit(DAILY, YES_NO, day(2)), List.of(), List.of(pauseAll(TODAY, TODAY)))
                .summary();

        assertThat(summary.todayStatus()).isEqualTo(TodayStatus.NOT_DUE);
    }

    @Test
    @DisplayName("not one of the chosen weekdays today: NOT_DUE")
    void notAChosenWeekday() {
        Schedule mondays = new Schedule.Weekdays(Set.of(DayOfWeek.MONDAY));
        assertThat(analyse(habit(mondays, YES_NO, day(2)), List.of()).summary().todayStatus())
                .isEqualTo(TodayStatus.NOT_DUE);
    }

    @Test
    @DisplayName("the week already met: NOT_DUE")
    void weekAlreadyMet() {
        // Today is a Sunday; weeks from Monday; done Monday and Tuesday.
        Schedule twiceAWeek = new Schedule.TimesPerWeek(2);
        assertThat(analyse(habit(twiceAWeek, YES_NO, day(6)), List.of(done(6), done(5))).summary().todayStatus())
                .isEqualTo(TodayStatus.NOT_DUE);
    }
}
