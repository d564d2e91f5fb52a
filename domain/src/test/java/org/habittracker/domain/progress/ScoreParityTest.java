package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.habittracker.domain.progress.Fixtures.DAILY;
import static org.habittracker.domain.progress.Fixtures.YES_NO;
import static org.habittracker.domain.progress.Fixtures.amount;
import static org.habittracker.domain.progress.Fixtures.amountRange;
import static org.habittracker.domain.progress.Fixtures.analyse;
import static org.habittracker.domain.progress.Fixtures.atLeast;
import static org.habittracker.domain.progress.Fixtures.atMost;
import static org.habittracker.domain.progress.Fixtures.day;
import static org.habittracker.domain.progress.Fixtures.done;
import static org.habittracker.domain.progress.Fixtures.doneRange;
import static org.habittracker.domain.progress.Fixtures.habit;
import static org.habittracker.domain.progress.Fixtures.scoresByDay;
import static org.habittracker.domain.progress.Fixtures.skip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Schedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The score over a history, with the vectors of Loop's {@code ScoreListTest}. Each expected array
 * lists the score (0–1) from today backwards, as Loop's do. Loop counts a today with nothing recorded
 * as a failed day; we hold the score while today is empty, so a vector whose today is empty is checked
 * from yesterday back. Skipped days leave the rolling window as well as the score, the fix Loop's pull
 * request #1713 makes for its issue #1695; the two vectors that come with that fix say so.
 *
 * <p>Loop normalises a frequency of n/n to 1/1, so "n times in n days" is a daily habit there: the
 * last nested class checks that ours is one too, on random histories.
 */
class ScoreParityTest {
    private static final double E = 1e-6;

    private static final double[] TWENTY_DAILY_CHECKS = {
            0.655747, 0.636894, 0.617008, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617, 0.443734,
            0.413270, 0.381137, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.147820, 0.101149, 0.051922};

    private static void assertScoresFromToday(HabitProgress progress, double... expected) {
        assertScoresFrom(progress, 0, expected);
    }

    private static void assertScoresFrom(HabitProgress progress, int firstDaysAgo, double... expected) {
        Map<java.time.LocalDate, Double> scores = scoresByDay(progress);
        for (int k = 0; k < expected.length; k++) {
            int daysAgo = firstDaysAgo + k;
            assertThat(scores.get(day(daysAgo))).as("score %d days ago", daysAgo).isCloseTo(expected[k], within(E));
        }
    }

    private static double scoreToday(HabitProgress progress) {
        return progress.score() / 100;
    }

    private static List<CheckIn> with(List<CheckIn> base, CheckIn... replacements) {
        List<CheckIn> result = new ArrayList<>(base);
        result.addAll(List.of(replacements));
        return result;
    }

    @Nested
    class YesNo {
        @Test
        @DisplayName("20 daily checks from nothing give 0.655747 (Loop test_getValue)")
        void twentyDailyChecks() {
            HabitProgress progress = analyse(habit(DAILY, YES_NO, day(19)), doneRange(0, 20));

            assertScoresFromToday(progress, TWENTY_DAILY_CHECKS);
        }

        @Test
        @DisplayName("skipped days keep the score of the day before (Loop test_getValueWithSkip)")
        void skipsHoldTheScore() {
            HabitProgress progress = analyse(habit(DAILY, YES_NO, day(19)),
                    with(doneRange(0, 20), skip(5), skip(10), skip(11)));

            assertScoresFromToday(progress, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617, 0.472617,
                    0.443734, 0.413270, 0.381137, 0.347244, 0.347244, 0.347244, 0.311495, 0.273788, 0.234017,
                    0.192067, 0.147820, 0.101149, 0.051922);
        }

        @Test
        @DisplayName("a skip after the only check holds, then missed days lower the score (Loop test_getValueWithSkip2)")
        void skipThenMisses() {
            HabitProgress progress = analyse(habit(DAILY, YES_NO, day(5)), List.of(done(5), skip(4)));

            assertScoresFrom(progress, 1, 0.044247, 0.046670, 0.049226, 0.051922, 0.051922);
            // Loop gives 0.041949 today, counting the empty today as failed; we keep yesterday's value.
            assertScoresFrom(progress, 0, 0.044247);
        }

        @Test
        @DisplayName("six per week with three skips (Loop test_getValueNonDailyWithSkip, from Loop pull request #1713)")
        void sixPerWeekWithSkips() {
            HabitProgress progress = analyse(habit(new Schedule.TimesPerWindow(6, 7), YES_NO, day(17)),
                    with(doneRange(0, 18), skip(10), skip(11), skip(12)));

            assertScoresFromToday(progress, 0.365222, 0.333100, 0.299354, 0.263899, 0.226651, 0.191734, 0.159268,
                    0.129375, 0.102187, 0.077839, 0.056477, 0.056477, 0.056477, 0.056477, 0.038251, 0.023319,
                    0.011848, 0.004014);
        }

        @Test
        @DisplayName("a daily habit always done or skipped converges to 100% (Loop test_perfectDailyWithSkips)")
        void perfectDailyWithSkips() {
            List<CheckIn> checkIns = new ArrayList<>(doneRange(0, 500));
            for (int k = 0; k < 100; k++) {
                checkIns.add(skip(7 * k + 5));
                checkIns.add(skip(7 * k + 6));
            }
            assertThat(scoreToday(analyse(habit(DAILY, YES_NO, day(499)), checkIns))).isCloseTo(1.0, within(E));
        }

        @Test
        @DisplayName("six per week always done or skipped converges to 100% (Loop test_perfectNonDailyWithSkips, from Loop pull request #1713)")
        void perfectNonDailyWithSkips() {
            List<CheckIn> checkIns = new ArrayList<>(doneRange(0, 500));
            for (int k = 0; k < 100; k++) {
                checkIns.add(skip(7 * k + 5));
                checkIns.add(skip(7 * k + 6));
            }
            Schedule sixPerWeek = new Schedule.TimesPerWindow(6, 7);
            assertThat(scoreToday(analyse(habit(sixPerWeek, YES_NO, day(499)), checkIns))).isCloseTo(1.0, within(E));
        }

        @Test
        @DisplayName("three per week done two of three converges to 2/3, four per week to 1/2 (Loop test_imperfectNonDaily)")
        void imperfectNonDaily() {
            List<CheckIn> checkIns = new ArrayList<>();
            for (int k = 0; k < 100; k++) {
                checkIns.add(done(7 * k));
                checkIns.add(done(7 * k + 1));
            }
            assertThat(scoreToday(analyse(habit(new Schedule.TimesPerWindow(3, 7), YES_NO, day(694)), checkIns)))
                    .isCloseTo(2 / 3.0, within(E));
            assertThat(scoreToday(analyse(habit(new Schedule.TimesPerWindow(4, 7), YES_NO, day(694)), checkIns)))
                    .isCloseTo(0.5, within(E));
        }

        @Test
        @DisplayName("once a week on changing weekdays still converges to 100% (Loop test_irregularNonDaily)")
        void irregularNonDaily() {
            List<CheckIn> checkIns = new ArrayList<>();
            for (int k = 0; k < 100; k++) {
                checkIns.add(done(14 * k));
                checkIns.add(done(14 * k + 13));
            }
            Schedule weekly = new Schedule.TimesPerWindow(1, 7);
            assertThat(scoreToday(analyse(habit(weekly, YES_NO, day(1399)), checkIns))).isCloseTo(1.0, within(1e-3));
        }

        @Test
        @DisplayName("daily in 3 months, weekly in 9 months, monthly in 18 months pass 99% (Loop shouldAchieveHighScoreInReasonableTime)")
        void highScoreInReasonableTime() {
            assertThat(scoreToday(analyse(habit(DAILY, YES_NO, day(89)), doneRange(0, 90)))).isGreaterThan(0.99);

            List<CheckIn> weekly = new ArrayList<>();
            for (int i = 0; i <= 38; i++) {
                weekly.add(done(7 * i));
            }
            assertThat(scoreToday(analyse(habit(new Schedule.TimesPerWindow(1, 7), YES_NO, day(266)), weekly)))
                    .isGreaterThan(0.99);

            List<CheckIn> monthly = new ArrayList<>();
            for (int i = 0; i <= 17; i++) {
                monthly.add(done(30 * i));
            }
            assertThat(scoreToday(analyse(habit(new Schedule.TimesPerWindow(1, 30), YES_NO, day(510)), monthly)))
                    .isGreaterThan(0.99);
        }

        @Test
        @DisplayName("two daily checks give 0.101149; as once per two days 0.054816 (Loop test_recompute)")
        void frequencyChangesTheScore() {
            assertThat(scoreToday(analyse(habit(DAILY, YES_NO, day(1)), doneRange(0, 2))))
                    .isCloseTo(0.101149, within(E));
            assertThat(scoreToday(analyse(habit(new Schedule.TimesPerWindow(1, 2), YES_NO, day(1)), doneRange(0, 2))))
                    .isCloseTo(0.054816, within(E));
        }

        @Test
        @DisplayName("one check today gives 0.051922; without it the score is 0 (Loop test_addThenRemove)")
        void addThenRemove() {
            assertThat(scoreToday(analyse(habit(DAILY, YES_NO, day(0)), List.of(done(0)))))
                    .isCloseTo(0.051922, within(E));
            assertThat(scoreToday(analyse(habit(DAILY, YES_NO, day(0)), List.of()))).isCloseTo(0.0, within(E));
        }
    }

    @Nested
    class MeasuredAtLeast {
        private final Goal twoMiles = atLeast("2");

        @Test
        @DisplayName("20 days at the target score as 20 daily checks (Loop test_getValue)")
        void twentyDaysAtTarget() {
            HabitProgress progress = analyse(habit(DAILY, twoMiles, day(19)), amountRange(0, 20, "2"));

            assertScoresFromToday(progress, TWENTY_DAILY_CHECKS);
        }

        @Test
        @DisplayName("two days at the target give 0.101149; as once per two days 0.072631 (Loop test_recompute)")
        void frequencyChangesTheScore() {
            assertThat(scoreToday(analyse(habit(DAILY, twoMiles, day(1)), amountRange(0, 2, "2"))))
                    .isCloseTo(0.101149, within(E));
            assertThat(scoreToday(analyse(habit(new Schedule.TimesPerWindow(1, 2), twoMiles, day(1)),
                    amountRange(0, 2, "2")))).isCloseTo(0.072631, within(E));
        }

        @Test
        @DisplayName("half the target every day converges to 50%, a quarter to 25% (Loop shouldAchieveComparableScoreToProgress)")
        void partialAmounts() {
            assertThat(scoreToday(analyse(habit(DAILY, twoMiles, day(499)), amountRange(0, 500, "1"))))
                    .isCloseTo(0.5, within(E));
            assertThat(scoreToday(analyse(habit(DAILY, twoMiles, day(499)), amountRange(0, 500, "0.5"))))
                    .isCloseTo(0.25, within(E));
        }

        @Test
        @DisplayName("doing far more than the target counts as doing it (Loop overeachievingIsntRelevant)")
        void overachieving() {
            assertThat(scoreToday(analyse(habit(DAILY, twoMiles, day(0)), List.of(amount(0, "10000")))))
                    .isCloseTo(0.051922, within(E));
        }

        @Test
        @DisplayName("a zero target gives a finite score (Loop test_withZeroTarget)")
        void zeroTarget() {
            double score = scoreToday(analyse(habit(DAILY, atLeast("0"), day(10)),
                    List.of(amount(0, "0.1"), amount(1, "0.2"), amount(3, "0.3"), amount(5, "0.4"))));
            assertThat(score).isFinite().isBetween(0.0, 1.0);
        }

        @Test
        @DisplayName("skipped days keep the score of the day before (Loop NumericalAtLeastScoreListWithSkipTest)")
        void skipsHoldTheScore() {
            List<CheckIn> checkIns = new ArrayList<>(amountRange(0, 10, "2"));
            checkIns.add(skip(10));
            checkIns.addAll(amountRange(11, 15, "2"));
            checkIns.add(skip(15));
            checkIns.addAll(amountRange(16, 20, "2"));
            HabitProgress progress = analyse(habit(DAILY, twoMiles, day(19)), checkIns);

            assertScoresFromToday(progress, 0.617008, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617,
                    0.443734, 0.413270, 0.381137, 0.347244, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067,
                    0.192067, 0.147820, 0.101149, 0.051922);
        }

        @Test
        @DisplayName("a long run of skips changes nothing (Loop skipsShouldNotAffectScore)")
        void skipsDoNotAffectTheScore() {
            double withoutSkips = scoreToday(analyse(habit(DAILY, twoMiles, day(499)), amountRange(0, 500, "1")));
            List<CheckIn> withSkips = new ArrayList<>(amountRange(0, 500, "1"));
            for (int i = 500; i < 1000; i++) {
                withSkips.add(skip(i));
            }
            assertThat(scoreToday(analyse(habit(DAILY, twoMiles, day(999)), withSkips)))
                    .isCloseTo(withoutSkips, within(E));

            List<CheckIn> skipsBetween = new ArrayList<>(amountRange(0, 300, "1"));
            for (int i = 300; i < 500; i++) {
                skipsBetween.add(skip(i));
            }
            skipsBetween.addAll(amountRange(500, 700, "1"));
            assertThat(scoreToday(analyse(habit(DAILY, twoMiles, day(699)), skipsBetween)))
                    .isCloseTo(withoutSkips, within(E));
        }
    }

    @Nested
    class MeasuredAtMost {
        private final Goal twoCoffees = atMost("2");

        @Test
        @DisplayName("a day under the limit keeps 100%, then 20 days over it fall (Loop test_getValue)")
        void overTheLimit() {
            List<CheckIn> checkIns = new ArrayList<>(amountRange(0, 20, "5"));
            checkIns.add(amount(20, "1"));
            HabitProgress progress = analyse(habit(DAILY, twoCoffees, day(20)), checkIns);

            assertScoresFromToday(progress, 0.344253, 0.363106, 0.382992, 0.403967, 0.426090, 0.449426, 0.474039,
                    0.500000, 0.527383, 0.556266, 0.586730, 0.618863, 0.652756, 0.688505, 0.726212, 0.765983,
                    0.807933, 0.852180, 0.898851, 0.948078, 1.0);
        }

        @Test
        @DisplayName("starts at 100%; two days over the limit give 0.898850, as once per two days 0.927369 (Loop test_recompute)")
        void frequencyChangesTheScore() {
            assertThat(scoreToday(analyse(habit(DAILY, twoCoffees, day(0)), List.of()))).isCloseTo(1.0, within(E));
            assertThat(scoreToday(analyse(habit(DAILY, twoCoffees, day(1)), amountRange(0, 2, "5"))))
                    .isCloseTo(0.898850, within(E));
            assertThat(scoreToday(analyse(habit(new Schedule.TimesPerWindow(1, 2), twoCoffees, day(1)),
                    amountRange(0, 2, "5")))).isCloseTo(0.927369, within(E));
        }

        @Test
        @DisplayName("half over the limit converges to 50%, three quarters over to 25% (Loop shouldAchieveComparableScoreToProgress)")
        void partlyOver() {
            assertThat(scoreToday(analyse(habit(DAILY, twoCoffees, day(499)), amountRange(0, 500, "3"))))
                    .isCloseTo(0.5, within(E));
            assertThat(scoreToday(analyse(habit(DAILY, twoCoffees, day(499)), amountRange(0, 500, "3.5"))))
                    .isCloseTo(0.25, within(E));
        }

        @Test
        @DisplayName("one day far over the limit costs no more than any day over it (Loop undereachievingIsntRelevant)")
        void farOver() {
            // Loop's today has nothing recorded and counts as a day under the limit; ours records 0.
            HabitProgress progress = analyse(habit(DAILY, twoCoffees, day(1)),
                    List.of(amount(1, "10000"), amount(0, "0")));
            assertThat(scoreToday(progress)).isCloseTo(0.950773, within(E));
        }

        @Test
        @DisplayName("staying under the limit by any amount counts the same (Loop overeachievingIsntRelevant)")
        void underByAnyAmount() {
            assertThat(scoreToday(analyse(habit(DAILY, twoCoffees, day(1)), List.of(amount(0, "5"), amount(1, "0")))))
                    .isCloseTo(0.948077, within(E));
            assertThat(scoreToday(analyse(habit(DAILY, twoCoffees, day(1)), List.of(amount(0, "5"), amount(1, "1")))))
                    .isCloseTo(0.948077, within(E));
        }

        @Test
        @DisplayName("a zero limit: nothing scores 100%, anything scores 0% (Loop test_withZeroTarget)")
        void zeroLimit() {
            Goal none = atMost("0");
            assertThat(scoreToday(analyse(habit(DAILY, none, day(1)), List.of(amount(1, "0"), amount(0, "0")))))
                    .isCloseTo(1.0, within(E));
            assertThat(scoreToday(analyse(habit(DAILY, none, day(0)), List.of(amount(0, "1")))))
                    .isCloseTo(0.948078, within(E));
        }
    }

    @Nested
    class EveryDayOfAWindow {
        private static final int HISTORY_DAYS = 120;

        @Test
        @DisplayName("two times in two days with one check today gives 0.051922, as daily (Loop's n/n is 1/1)")
        void twoInTwoDaysWithOneCheck() {
            HabitProgress progress = analyse(habit(new Schedule.TimesPerWindow(2, 2), YES_NO, day(0)),
                    List.of(done(0)));

            assertThat(scoreToday(progress)).isCloseTo(0.051922, within(E));
        }

        @Test
        @DisplayName("two miles in each two days with the target met today gives 0.051922, as daily")
        void twoInTwoDaysMeasured() {
            HabitProgress progress = analyse(habit(new Schedule.TimesPerWindow(2, 2), atLeast("2"), day(0)),
                    List.of(amount(0, "2")));

            assertThat(scoreToday(progress)).isCloseTo(0.051922, within(E));
        }

        static Stream<Integer> seeds() {
            return IntStream.range(0, 40).boxed();
        }

        @ParameterizedTest(name = "random history {0}")
        @MethodSource("seeds")
        @DisplayName("n times in n days has the days, streaks, scores and milestones of daily on a random history")
        void sameAsDailyOnRandomHistories(int seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 2 + random.nextInt(9);
            Goal goal = random.nextBoolean() ? YES_NO : atLeast("2");
            List<CheckIn> history = randomHistory(random, goal);

            HabitProgress daily = analyse(habit(DAILY, goal, day(HISTORY_DAYS - 1)), history);
            HabitProgress window = analyse(habit(new Schedule.TimesPerWindow(n, n), goal, day(HISTORY_DAYS - 1)),
                    history);

            assertThat(window.days(day(HISTORY_DAYS), day(0))).isEqualTo(daily.days(day(HISTORY_DAYS), day(0)));
            assertThat(window.streaks()).isEqualTo(daily.streaks());
            assertThat(window.statistics()).isEqualTo(daily.statistics());
            assertThat(window.summary()).isEqualTo(daily.summary());
        }

        /** Each day done, skipped or left empty; a measured day done with 0–3 of its 2 miles. */
        private static List<CheckIn> randomHistory(SplittableRandom random, Goal goal) {
            List<CheckIn> history = new ArrayList<>();
            for (int daysAgo = 0; daysAgo < HISTORY_DAYS; daysAgo++) {
                int pick = random.nextInt(10);
                if (pick < 5) {
                    history.add(goal instanceof Goal.Measured ? amount(daysAgo, String.valueOf(random.nextInt(4)))
                            : done(daysAgo));
                } else if (pick < 7) {
                    history.add(skip(daysAgo));
                }
            }
            return history;
        }
    }
}
