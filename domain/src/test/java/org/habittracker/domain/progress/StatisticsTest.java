package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.habittracker.domain.progress.Fixtures.DAILY;
import static org.habittracker.domain.progress.Fixtures.TODAY;
import static org.habittracker.domain.progress.Fixtures.YES_NO;
import static org.habittracker.domain.progress.Fixtures.analyse;
import static org.habittracker.domain.progress.Fixtures.day;
import static org.habittracker.domain.progress.Fixtures.done;
import static org.habittracker.domain.progress.Fixtures.doneRange;
import static org.habittracker.domain.progress.Fixtures.habit;
import static org.habittracker.domain.progress.Fixtures.skip;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Habit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The statistics screen of one habit. */
class StatisticsTest {

    @Test
    @DisplayName("completion rates are satisfied ÷ (satisfied + missed) over the last 7, 30, 365 days and all time")
    void completionRates() {
        // 400 days: the last 7 all done, days 7..29 every other one, nothing before day 30 except day 399.
        List<CheckIn> checkIns = new ArrayList<>(doneRange(0, 7));
        for (int i = 7; i < 30; i += 2) {
            checkIns.add(done(i));
        }
        checkIns.add(done(399));
        HabitStatistics stats = analyse(habit(DAILY, YES_NO, day(399)), checkIns).statistics();

        assertThat(stats.totalSatisfied()).isEqualTo(7 + 12 + 1);
        assertThat(stats.completionRate().last7()).isEqualTo(1.0);
        assertThat(stats.completionRate().last30()).isCloseTo(19 / 30.0, within(1e-12));
        assertThat(stats.completionRate().last365()).isCloseTo(19 / 365.0, within(1e-12));
        assertThat(stats.completionRate().allTime()).isCloseTo(20 / 400.0, within(1e-12));
    }

    @Test
    @DisplayName("a pending today and excused days do not count into completion rates")
    void ratesLeaveOutPendingAndExcused() {
        HabitStatistics stats = analyse(habit(DAILY, YES_NO, day(3)), List.of(done(3), skip(2), done(1))).statistics();

        assertThat(stats.completionRate().last7()).isEqualTo(1.0);
        assertThat(stats.completionRate().allTime()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("with nothing due yet every completion rate is 0")
    void ratesWithNothingDue() {
        HabitStatistics stats = analyse(habit(DAILY, YES_NO, TODAY), List.of()).statistics();

        assertThat(stats.completionRate()).isEqualTo(new CompletionRates(0, 0, 0, 0));
    }

    @Test
    @DisplayName("satisfied days are counted per weekday, every weekday present")
    void byWeekday() {
        // Today is a Sunday; 1 day ago Saturday, 7 days ago the Sunday before.
        HabitStatistics stats = analyse(habit(DAILY, YES_NO, day(8)), List.of(done(0), done(7), done(1)))
                .statistics();

        assertThat(stats.byWeekday()).hasSize(7).containsEntry(DayOfWeek.SUNDAY, 2)
                .containsEntry(DayOfWeek.SATURDAY, 1).containsEntry(DayOfWeek.MONDAY, 0);
    }

    @Test
    @DisplayName("satisfied days are counted per month, in order, months with none included")
    void byMonth() {
        LocalDate start = LocalDate.of(2026, 8, 30);
        HabitStatistics stats = analyse(habit(DAILY, YES_NO, start),
                List.of(done(start), done(start.plusDays(1)), done(LocalDate.of(2026, 10, 3)), done(TODAY))).statistics();

        assertThat(stats.byMonth()).containsExactly(
                java.util.Map.entry(YearMonth.of(2026, 8), 2), java.util.Map.entry(YearMonth.of(2026, 9), 0),
                java.util.Map.entry(YearMonth.of(2026, 10), 1), java.util.Map.entry(YearMonth.of(2026, 11), 1));
    }

    @Test
    @DisplayName("a leap day is a day like any other: February 2028 holds 29 satisfied days")
    void leapDay() {
        LocalDate february1 = LocalDate.of(2028, 2, 1);
        List<CheckIn> checkIns = new ArrayList<>();
        for (LocalDate day = february1; day.getMonthValue() == 2; day = day.plusDays(1)) {
            checkIns.add(done(day));
        }
        HabitProgress progress = HabitProgress.analyse(habit(DAILY, YES_NO, february1), checkIns, List.of(),
                LocalDate.of(2028, 3, 1), DayOfWeek.MONDAY);

        assertThat(progress.stateOn(LocalDate.of(2028, 2, 29))).contains(DayState.SATISFIED);
        assertThat(progress.statistics().byMonth()).containsEntry(YearMonth.of(2028, 2), 29);
        assertThat(progress.currentStreak()).isEqualTo(29);
        assertThat(progress.statistics().byWeekday()).containsEntry(DayOfWeek.TUESDAY, 5);
    }

    @Test
    @DisplayName("the score series has one value per day from the first day to today, ending at the score")
    void scoreSeries() {
        HabitProgress progress = analyse(habit(DAILY, YES_NO, day(9)), doneRange(0, 5));
        HabitStatistics stats = progress.statistics();

        assertThat(stats.scoreSeries()).hasSize(10);
        assertThat(stats.scoreSeries().getFirst()).isEqualTo(new DailyScore(day(9), 0.0));
        assertThat(stats.scoreSeries().getLast().day()).isEqualTo(TODAY);
        assertThat(stats.scoreSeries().getLast().score()).isEqualTo(stats.score()).isEqualTo(progress.score());
        assertThat(stats.score()).isBetween(0.0, 100.0);
    }

    @Test
    @DisplayName("streak milestones are reached once each, on the day the streak gets there")
    void streakMilestones() {
        // A streak of 8 ending 20 days ago, then one of 14 ending today.
        List<CheckIn> checkIns = new ArrayList<>(doneRange(20, 28));
        checkIns.addAll(doneRange(0, 14));
        HabitStatistics stats = analyse(habit(DAILY, YES_NO, day(27)), checkIns).statistics();

        assertThat(stats.milestones()).containsExactly(new Milestone(MilestoneKind.STREAK_7, day(21)),
                new Milestone(MilestoneKind.STREAK_14, day(0)));
        assertThat(stats.bestStreak()).isEqualTo(14);
        assertThat(stats.currentStreak()).isEqualTo(14);
    }

    @Test
    @DisplayName("a year-long streak reaches every streak milestone up to 365")
    void yearLongStreak() {
        HabitStatistics stats = analyse(habit(DAILY, YES_NO, day(364)), doneRange(0, 365)).statistics();

        assertThat(stats.milestones()).extracting(Milestone::kind).containsExactly(MilestoneKind.STREAK_7,
                MilestoneKind.STREAK_14, MilestoneKind.STREAK_30, MilestoneKind.STREAK_66, MilestoneKind.STREAK_100,
                MilestoneKind.STREAK_180, MilestoneKind.STREAK_365);
        assertThat(stats.milestones().getLast().reachedOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("the commitment completes on the day satisfied days reach its length, progress capped at it")
    void commitmentCompleted() {
        Habit committed = habit(DAILY, YES_NO, day(9), OptionalInt.of(3));
        HabitStatistics stats = analyse(committed, List.of(done(9), done(7), done(4), done(2))).statistics();

        assertThat(stats.milestones()).containsExactly(new Milestone(MilestoneKind.COMMITMENT_COMPLETED, day(4)));
        assertThat(stats.commitment()).contains(new CommitmentProgress(3, 3));
    }

    @Test
    @DisplayName("a commitment not yet completed shows its progress and no milestone")
    void commitmentInProgress() {
        Habit committed = habit(DAILY, YES_NO, day(9), OptionalInt.of(66));
        HabitStatistics stats = analyse(committed, doneRange(0, 5)).statistics();

        assertThat(stats.commitment()).contains(new CommitmentProgress(66, 5));
        assertThat(stats.milestones()).isEmpty();
    }

    @Test
    @DisplayName("without a commitment there is no commitment progress")
    void noCommitment() {
        assertThat(analyse(habit(DAILY, YES_NO, day(3)), doneRange(0, 3)).statistics().commitment())
                .isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("an archived habit keeps its history: its statistics are those it had before")
    void archivedKeepsHistory() {
        Habit active = habit(DAILY, YES_NO, day(40), OptionalInt.of(10));
        List<CheckIn> checkIns = new ArrayList<>(doneRange(0, 12));
        checkIns.addAll(doneRange(20, 35));

        HabitStatistics before = analyse(active, checkIns).statistics();
        HabitStatistics archived = analyse(active.withArchived(true), checkIns).statistics();

        assertThat(archived).isEqualTo(before);
        assertThat(archived.totalSatisfied()).isEqualTo(27);
    }

    @Test
    @DisplayName("best streaks list at most ten, newest first")
    void bestStreaksCapped() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            checkIns.add(done(3 * k));
            checkIns.add(done(3 * k + 1));
        }
        List<Streak> best = analyse(habit(DAILY, YES_NO, day(44)), checkIns).statistics().bestStreaks();

        assertThat(best).hasSize(Streaks.BEST_LIMIT);
        assertThat(best.getFirst()).isEqualTo(new Streak(day(1), day(0), 2));
    }
}
