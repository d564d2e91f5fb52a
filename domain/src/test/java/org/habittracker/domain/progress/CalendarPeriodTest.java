package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.domain.progress.DayState.EXCUSED;
import static org.habittracker.domain.progress.DayState.MISSED;
import static org.habittracker.domain.progress.DayState.PENDING;
import static org.habittracker.domain.progress.DayState.SATISFIED;
import static org.habittracker.domain.progress.Fixtures.YES_NO;
import static org.habittracker.domain.progress.Fixtures.done;
import static org.habittracker.domain.progress.Fixtures.habit;
import static org.habittracker.domain.progress.Fixtures.pauseAll;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.Schedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar weeks (from the user's week start) and months asking for n satisfied days each. */
class CalendarPeriodTest {
    private static final LocalDate SUNDAY_NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate MONDAY_NOV_2 = LocalDate.of(2026, 11, 2);

    private static HabitProgress analyse(Habit habit, List<CheckIn> checkIns, LocalDate today, DayOfWeek weekStart) {
        return analyse(habit, checkIns, List.of(), today, weekStart);
    }

    private static HabitProgress analyse(Habit habit, List<CheckIn> checkIns, List<Pause> pauses, LocalDate today,
            DayOfWeek weekStart) {
        return HabitProgress.analyse(habit, checkIns, pauses, today, weekStart);
    }

    private static List<DayState> states(HabitProgress progress, LocalDate from, LocalDate to) {
        return progress.days(from, to).stream().map(DayRecord::state).toList();
    }

    private static List<CheckIn> everyDay(LocalDate from, LocalDate to) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            checkIns.add(done(day));
        }
        return checkIns;
    }

    @Test
    @DisplayName("with weeks from Sunday, a Sunday and the Monday after are one week and meet twice a week")
    void sundayWeekStart() {
        Habit twiceAWeek = habit(new Schedule.TimesPerWeek(2), YES_NO, LocalDate.of(2026, 10, 25));
        HabitProgress progress = analyse(twiceAWeek, List.of(done(SUNDAY_NOV_1), done(MONDAY_NOV_2)),
                LocalDate.of(2026, 11, 8), DayOfWeek.SUNDAY);

        assertThat(states(progress, SUNDAY_NOV_1, LocalDate.of(2026, 11, 7))).containsExactly(
                SATISFIED, SATISFIED, EXCUSED, EXCUSED, EXCUSED, EXCUSED, EXCUSED);
        assertThat(states(progress, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 31))).containsOnly(MISSED);
    }

    @Test
    @DisplayName("with weeks from Monday, the same Sunday and Monday fall in two weeks and meet neither")
    void mondayWeekStart() {
        Habit twiceAWeek = habit(new Schedule.TimesPerWeek(2), YES_NO, LocalDate.of(2026, 10, 26));
        HabitProgress progress = analyse(twiceAWeek, List.of(done(SUNDAY_NOV_1), done(MONDAY_NOV_2)),
                LocalDate.of(2026, 11, 9), DayOfWeek.MONDAY);

        assertThat(states(progress, LocalDate.of(2026, 10, 26), SUNDAY_NOV_1)).containsExactly(
                MISSED, MISSED, MISSED, MISSED, MISSED, MISSED, SATISFIED);
        assertThat(states(progress, MONDAY_NOV_2, LocalDate.of(2026, 11, 8))).containsExactly(
                SATISFIED, MISSED, MISSED, MISSED, MISSED, MISSED, MISSED);
    }

    @Test
    @DisplayName("the current week is pending while it can still be met")
    void currentWeekStillPossible() {
        // Weeks from Monday; today is Thursday Nov 5; one of three done.
        Habit thriceAWeek = habit(new Schedule.TimesPerWeek(3), YES_NO, MONDAY_NOV_2);
        HabitProgress progress = analyse(thriceAWeek, List.of(done(MONDAY_NOV_2)), LocalDate.of(2026, 11, 5),
                DayOfWeek.MONDAY);

        assertThat(states(progress, MONDAY_NOV_2, LocalDate.of(2026, 11, 5)))
                .containsExactly(SATISFIED, PENDING, PENDING, PENDING);
        assertThat(progress.summary().todayStatus()).isEqualTo(TodayStatus.PENDING);
    }

    @Test
    @DisplayName("the current week's past days turn missed once it can no longer be met")
    void currentWeekOutOfReach() {
        // Seven a week; Tuesday was not done, so the week is lost though it has not ended.
        Habit everyDay = habit(new Schedule.TimesPerWeek(7), YES_NO, MONDAY_NOV_2);
        HabitProgress progress = analyse(everyDay, List.of(done(MONDAY_NOV_2)), LocalDate.of(2026, 11, 4),
                DayOfWeek.MONDAY);

        assertThat(states(progress, MONDAY_NOV_2, LocalDate.of(2026, 11, 4)))
                .containsExactly(SATISFIED, MISSED, PENDING);
    }

    @Test
    @DisplayName("a met week excuses its other days, today included")
    void currentWeekMet() {
        Habit twiceAWeek = habit(new Schedule.TimesPerWeek(2), YES_NO, MONDAY_NOV_2);
        HabitProgress progress = analyse(twiceAWeek, List.of(done(MONDAY_NOV_2), done(MONDAY_NOV_2.plusDays(1))),
                LocalDate.of(2026, 11, 5), DayOfWeek.MONDAY);

        assertThat(states(progress, MONDAY_NOV_2, LocalDate.of(2026, 11, 5)))
                .containsExactly(SATISFIED, SATISFIED, EXCUSED, EXCUSED);
        assertThat(progress.summary().todayStatus()).isEqualTo(TodayStatus.NOT_DUE);
    }

    @Test
    @DisplayName("a habit started on the last day of a week asks for one day that week")
    void startedOnLastDayOfWeek() {
        Habit thriceAWeek = habit(new Schedule.TimesPerWeek(3), YES_NO, SUNDAY_NOV_1);
        HabitProgress progress = analyse(thriceAWeek, List.of(done(SUNDAY_NOV_1)), MONDAY_NOV_2, DayOfWeek.MONDAY);

        assertThat(states(progress, SUNDAY_NOV_1, MONDAY_NOV_2)).containsExactly(SATISFIED, PENDING);
        assertThat(progress.currentStreak()).isEqualTo(1);
    }

    @Test
    @DisplayName("a week mostly paused asks only for its days left")
    void weekMostlyPaused() {
        Habit thriceAWeek = habit(new Schedule.TimesPerWeek(3), YES_NO, LocalDate.of(2026, 10, 26));
        List<Pause> mondayToFriday = List.of(pauseAll(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)));
        HabitProgress progress = analyse(thriceAWeek, List.of(done(LocalDate.of(2026, 10, 31)), done(SUNDAY_NOV_1)),
                mondayToFriday, MONDAY_NOV_2, DayOfWeek.MONDAY);

        assertThat(states(progress, LocalDate.of(2026, 10, 26), SUNDAY_NOV_1)).containsExactly(
                EXCUSED, EXCUSED, EXCUSED, EXCUSED, EXCUSED, SATISFIED, SATISFIED);
    }

    @ParameterizedTest(name = "{0}: {1} days asked, every day done meets it, one day short misses")
    @CsvSource({"2026-02, 28", "2028-02, 29", "2026-04, 30", "2026-01, 31"})
    @DisplayName("a month of 28, 29, 30 or 31 days asks for all of them when the habit asks for 31")
    void monthLengths(YearMonth month, int length) {
        assertThat(month.lengthOfMonth()).isEqualTo(length);
        Habit everyDayOfTheMonth = habit(new Schedule.TimesPerMonth(31), YES_NO, month.atDay(1));
        LocalDate nextDay = month.atEndOfMonth().plusDays(1);

        HabitProgress allDone = analyse(everyDayOfTheMonth, everyDay(month.atDay(1), month.atEndOfMonth()), nextDay,
                DayOfWeek.MONDAY);
        assertThat(states(allDone, month.atDay(1), month.atEndOfMonth())).hasSize(length).containsOnly(SATISFIED);
        assertThat(allDone.statistics().byMonth()).containsEntry(month, length);

        HabitProgress oneShort = analyse(everyDayOfTheMonth, everyDay(month.atDay(2), month.atEndOfMonth()), nextDay,
                DayOfWeek.MONDAY);
        assertThat(oneShort.stateOn(month.atDay(1))).contains(MISSED);
    }

    @Test
    @DisplayName("ten times a month: a month with ten done days excuses its other days, one with nine misses them")
    void tenTimesAMonth() {
        Habit tenAMonth = habit(new Schedule.TimesPerMonth(10), YES_NO, LocalDate.of(2026, 9, 1));
        List<CheckIn> checkIns = new ArrayList<>(everyDay(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10)));
        checkIns.addAll(everyDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 9)));
        HabitProgress progress = analyse(tenAMonth, checkIns, LocalDate.of(2026, 11, 3), DayOfWeek.MONDAY);

        assertThat(progress.stateOn(LocalDate.of(2026, 9, 20))).contains(EXCUSED);
        assertThat(progress.stateOn(LocalDate.of(2026, 10, 20))).contains(MISSED);
        assertThat(states(progress, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)))
                .containsExactly(PENDING, PENDING, PENDING);
    }
}
