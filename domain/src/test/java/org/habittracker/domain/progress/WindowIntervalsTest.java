package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.domain.progress.DayState.EXCUSED;
import static org.habittracker.domain.progress.DayState.MISSED;
import static org.habittracker.domain.progress.DayState.PENDING;
import static org.habittracker.domain.progress.DayState.SATISFIED;
import static org.habittracker.domain.progress.Fixtures.DAILY;
import static org.habittracker.domain.progress.Fixtures.YES_NO;
import static org.habittracker.domain.progress.Fixtures.analyse;
import static org.habittracker.domain.progress.Fixtures.day;
import static org.habittracker.domain.progress.Fixtures.done;
import static org.habittracker.domain.progress.Fixtures.habit;
import static org.habittracker.domain.progress.Fixtures.skip;
import static org.habittracker.domain.progress.Fixtures.statesOf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.progress.WindowIntervals.Interval;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Implied days of "x times per y days", with the vectors of Loop's {@code EntryListTest}. Loop writes
 * {@code day(k)} for k days ago; here that is the integer {@code -k}.
 */
class WindowIntervalsTest {

    private static Interval interval(int beginDaysAgo, int centerDaysAgo, int endDaysAgo) {
        return new Interval(-beginDaysAgo, -centerDaysAgo, -endDaysAgo);
    }

    private static int[] daysAgo(int... offsets) {
        return IntStream.of(offsets).map(offset -> -offset).toArray();
    }

    @Test
    @DisplayName("once a week: every satisfied day opens a week of its own (Loop testBuildIntervals1)")
    void buildIntervalsWeekly() {
        assertThat(WindowIntervals.build(daysAgo(8, 18, 23), 1, 7)).containsExactly(
                interval(8, 8, 2), interval(18, 18, 12), interval(23, 23, 17));
    }

    @Test
    @DisplayName("daily: every interval is the satisfied day itself (Loop testBuildIntervals2)")
    void buildIntervalsDaily() {
        assertThat(WindowIntervals.build(daysAgo(8, 18, 23), 1, 1)).containsExactly(
                interval(8, 8, 8), interval(18, 18, 18), interval(23, 23, 23));
    }

    @Test
    @DisplayName("twice a week: each pair of satisfied days within a week opens one (Loop testBuildIntervals3)")
    void buildIntervalsTwicePerWeek() {
        assertThat(WindowIntervals.build(daysAgo(8, 15, 18, 22, 23), 2, 7)).containsExactly(
                interval(18, 15, 12), interval(22, 18, 16), interval(23, 22, 17));
    }

    @Test
    @DisplayName("a skipped day opens no interval (Loop testBuildIntervals4)")
    void buildIntervalsIgnoreSkips() {
        // Loop's input has a SKIP at day 20; only satisfied days reach build().
        assertThat(WindowIntervals.build(daysAgo(10, 30), 1, 3)).containsExactly(
                interval(10, 10, 8), interval(30, 30, 28));
    }

    @Test
    @DisplayName("overlapping intervals slide back in time to close gaps (Loop testSnapIntervalsTogether1)")
    void snapTogetherFirstCase() {
        List<Interval> original = List.of(interval(8, 8, 2), interval(12, 12, 6), interval(20, 20, 14),
                interval(27, 27, 21));
        assertThat(WindowIntervals.snapTogether(original)).containsExactly(
                interval(8, 8, 2), interval(15, 12, 9), interval(22, 20, 16), interval(29, 27, 23));
    }

    @Test
    @DisplayName("an interval slides back no further than its own newest satisfied day (Loop testSnapIntervalsTogether2)")
    void snapTogetherSecondCase() {
        List<Interval> original = List.of(interval(6, 4, 0), interval(11, 8, 5));
        assertThat(WindowIntervals.snapTogether(original)).containsExactly(interval(6, 4, 0), interval(13, 8, 7));
    }

    @Test
    @DisplayName("the days intervals cover are implied, gaps are not (Loop testAddFromInterval)")
    void markCoveredDays() {
        // Loop's days 1..11 as indices 11 - k, so that later days have larger numbers.
        List<Interval> intervals = List.of(
                new Interval(11 - 2, 11 - 2, 11 - 1), new Interval(11 - 6, 11 - 5, 11 - 4),
                new Interval(11 - 10, 11 - 8, 11 - 8));
        boolean[] implied = new boolean[12];
        WindowIntervals.mark(intervals, implied);
        List<Integer> covered = new ArrayList<>();
        for (int k = 1; k <= 11; k++) {
            if (implied[11 - k]) {
                covered.add(k);
            }
        }
        // Loop: 1, 5, 10 stay YES_MANUAL; 2, 4, 6, 8, 9 become YES_AUTO; 3, 7 and 11 stay as they were.
        assertThat(covered).containsExactly(1, 2, 4, 5, 6, 8, 9, 10);
    }

    @Test
    @DisplayName("once per 3 days with checks 4, 9 and 10 days ago implies 2, 3, 7, 8, 11 and 12 days ago (Loop testComputeBoolean)")
    void onePerThreeDays() {
        HabitProgress progress = analyse(habit(new Schedule.TimesPerWindow(1, 3), YES_NO, day(14)),
                List.of(done(4), done(9), done(10)));

        assertThat(statesOf(progress, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)).containsExactly(
                PENDING, MISSED, EXCUSED, EXCUSED, SATISFIED, MISSED, MISSED, EXCUSED, EXCUSED, SATISFIED,
                SATISFIED, EXCUSED, EXCUSED, MISSED, MISSED);
    }

    @Test
    @DisplayName("an implied window that reaches today makes today not due")
    void impliedToday() {
        HabitProgress progress = analyse(habit(new Schedule.TimesPerWindow(1, 3), YES_NO, day(2)), List.of(done(2)));

        assertThat(statesOf(progress, 2, 1, 0)).containsExactly(SATISFIED, EXCUSED, EXCUSED);
        assertThat(progress.summary().todayStatus()).isEqualTo(TodayStatus.NOT_DUE);
    }

    @Test
    @DisplayName("a skipped day inside an implied window stays excused, and a skip opens no window")
    void skipInsideWindow() {
        HabitProgress progress = analyse(habit(new Schedule.TimesPerWindow(1, 3), YES_NO, day(6)),
                List.of(done(6), skip(5), skip(3)));

        assertThat(statesOf(progress, 6, 5, 4, 3, 2, 1)).containsExactly(
                SATISFIED, EXCUSED, EXCUSED, EXCUSED, MISSED, MISSED);
    }

    @Test
    @DisplayName("a daily schedule implies nothing: every unsatisfied past day is missed")
    void dailyImpliesNothing() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(3)), List.of(done(3), done(1)));

        assertThat(statesOf(progress, 3, 2, 1, 0)).containsExactly(SATISFIED, MISSED, SATISFIED, PENDING);
    }
}
