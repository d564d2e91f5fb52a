package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.domain.progress.Fixtures.DAILY;
import static org.habittracker.domain.progress.Fixtures.YES_NO;
import static org.habittracker.domain.progress.Fixtures.analyse;
import static org.habittracker.domain.progress.Fixtures.day;
import static org.habittracker.domain.progress.Fixtures.done;
import static org.habittracker.domain.progress.Fixtures.doneRange;
import static org.habittracker.domain.progress.Fixtures.habit;
import static org.habittracker.domain.progress.Fixtures.pauseAll;
import static org.habittracker.domain.progress.Fixtures.skip;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Schedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Streaks: runs of days without a missed day, counting their satisfied days. */
class StreakTest {
    /** Loop's {@code HabitFixtures.createLongHabit} check marks, in days ago. */
    private static final int[] LONG_HABIT_MARKS = {
            0, 1, 3, 5, 7, 8, 9, 10, 12, 14, 15, 17, 19, 20, 26, 27, 28, 50, 51, 52, 53, 54, 58, 60, 63, 65, 70, 71,
            72, 73, 74, 75, 80, 81, 83, 89, 90, 91, 95, 102, 103, 108, 109, 120};

    private static List<CheckIn> longHabit() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int mark : LONG_HABIT_MARKS) {
            checkIns.add(done(mark));
        }
        return checkIns;
    }

    private static List<Integer> lengths(List<Streak> streaks) {
        return streaks.stream().map(Streak::length).toList();
    }

    @Test
    @DisplayName("the four best streaks of Loop's long habit are 4, 3, 5 and 6 days, newest first (Loop testGetBest)")
    void bestFourOfLongHabit() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(120)), longHabit());

        assertThat(lengths(Streaks.best(allStreaks(progress), 4))).containsExactly(4, 3, 5, 6);
        assertThat(lengths(Streaks.best(allStreaks(progress), 2))).containsExactly(5, 6);
    }

    @Test
    @DisplayName("Loop's long habit has 22 streaks; the newest are 2, 1, 1 and 4 days (Loop testGetAll)")
    void allStreaksOfLongHabit() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(120)), longHabit());

        List<Streak> all = allStreaks(progress);
        assertThat(all).hasSize(22);
        assertThat(lengths(all.reversed().subList(0, 4))).containsExactly(2, 1, 1, 4);
        assertThat(progress.statistics().bestStreak()).isEqualTo(6);
        assertThat(progress.statistics().currentStreak()).isEqualTo(2);
    }

    @Test
    @DisplayName("a check today after missed days is one streak of one day (Loop testGetBest_withUnknowns)")
    void bestWithMissedDays() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(5)), List.of(done(0)));

        assertThat(progress.statistics().bestStreaks()).containsExactly(new Streak(day(0), day(0), 1));
    }

    @Test
    @DisplayName("skipped days neither break a streak nor count into its length (Loop counts them)")
    void skipsDoNotCount() {
        List<CheckIn> checkIns = new ArrayList<>(doneRange(0, 10));
        checkIns.add(skip(4));
        checkIns.add(skip(5));
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(9)), checkIns);

        assertThat(progress.currentStreak()).isEqualTo(8);
        assertThat(progress.statistics().bestStreaks()).containsExactly(new Streak(day(9), day(0), 8));
    }

    @Test
    @DisplayName("a pending today does not end the current streak")
    void pendingTodayKeepsTheStreak() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(3)), doneRange(1, 4));

        assertThat(progress.stateOn(day(0))).contains(DayState.PENDING);
        assertThat(progress.currentStreak()).isEqualTo(3);
        assertThat(progress.summary().currentStreak()).isEqualTo(3);
    }

    @Test
    @DisplayName("a missed yesterday ends the current streak")
    void missedYesterdayEndsTheStreak() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(5)), doneRange(2, 6));

        assertThat(progress.currentStreak()).isZero();
        assertThat(progress.statistics().bestStreak()).isEqualTo(4);
    }

    @Test
    @DisplayName("a pause over a streak keeps it whole, and the score holds through the pause")
    void pauseOverAStreak() {
        List<CheckIn> checkIns = new ArrayList<>(doneRange(0, 5));
        checkIns.addAll(doneRange(10, 15));
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(14)), checkIns, List.of(pauseAll(day(9), day(5))));

        assertThat(progress.currentStreak()).isEqualTo(10);
        assertThat(progress.statistics().bestStreaks()).containsExactly(new Streak(day(14), day(0), 10));
        var scores = Fixtures.scoresByDay(progress);
        assertThat(scores.get(day(5))).isEqualTo(scores.get(day(10)));
        assertThat(progress.days(day(9), day(5))).extracting(DayRecord::state).containsOnly(DayState.EXCUSED);
    }

    @Test
    @DisplayName("days off on a weekday schedule do not break a streak")
    void weekendsOffKeepTheStreak() {
        // Monday to Friday; today is a Sunday, so days 2..6 ago are Monday..Friday.
        Schedule weekdays = new Schedule.Weekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        List<CheckIn> checkIns = new ArrayList<>(doneRange(2, 7));
        checkIns.addAll(doneRange(9, 14));
        HabitProgress progress = analyse(habit(weekdays, YES_NO, day(13)), checkIns);

        assertThat(progress.currentStreak()).isEqualTo(10);
        assertThat(progress.summary().todayStatus()).isEqualTo(TodayStatus.NOT_DUE);
    }

    /** Every streak, oldest first. */
    private static List<Streak> allStreaks(HabitProgress progress) {
        return progress.streaks();
    }
}
