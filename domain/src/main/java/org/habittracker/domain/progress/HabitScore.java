package org.habittracker.domain.progress;

import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Schedule;

/**
 * Habit strength, with the same numbers as Loop Habit Tracker's {@code Score.compute} and
 * {@code ScoreList.recompute} (checked with Loop's golden values): an exponential moving average that
 * moves, each day, towards how much of the schedule the last window of days fulfilled.
 *
 * <p>Values here are 0–1; {@link HabitProgress} reports them as 0–100.
 */
final class HabitScore {

    private HabitScore() {
    }

    /**
     * One day's step: {@code previous·m + percentage·(1 − m)} with {@code m = 0.5^(√frequency / 13)},
     * so a daily habit done every day halves its distance to 100 % in 13 days.
     */
    static double compute(double frequency, double previous, double percentage) {
        return step(multiplier(frequency), previous, percentage);
    }

    /** {@code m}: how much of yesterday's score a day keeps; fixed for a habit, so worked out once. */
    static double multiplier(double frequency) {
        return Math.pow(0.5, Math.sqrt(frequency) / 13.0);
    }

    private static double step(double multiplier, double previous, double percentage) {
        return previous * multiplier + percentage * (1 - multiplier);
    }

    /**
     * The ask of a schedule as Loop's frequency {@code times / days}: daily and weekdays 1/1 (on the
     * days they are due), a week {@code times/7}, a month {@code times/30} (at most 30/30).
     *
     * <p>Every day of every window ({@code n/n}) is asked as 1/1, as Loop's {@code Frequency} normalises
     * it: a window of n days then reaches 100 % on one check instead of n, so "2 times in 2 days" with
     * one check scores 5.19, as daily does, not 2.60.
     */
    record Ask(int times, int days) {
        Ask {
            if (times == days) {
                times = 1;
                days = 1;
            }
        }

        static Ask of(Schedule schedule) {
            return switch (schedule) {
                case Schedule.Daily daily -> new Ask(1, 1);
                case Schedule.Weekdays weekdays -> new Ask(1, 1);
                case Schedule.TimesPerWindow window -> new Ask(window.times(), window.days());
                case Schedule.TimesPerWeek week -> new Ask(week.times(), 7);
                case Schedule.TimesPerMonth month -> new Ask(Math.min(month.times(), 30), 30);
            };
        }

        double frequency() {
            return (double) times / days;
        }
    }

    /** Where the score starts before the first day: 0, or 1 for an at-most goal (nothing done yet is a success), as Loop. */
    static double initial(Goal goal) {
        return goal instanceof Goal.Measured measured && measured.direction() == Goal.Direction.AT_MOST ? 1.0 : 0.0;
    }

    /**
     * The score at the end of every day of the timeline (0–1).
     *
     * <p>Yes/no goals: the window is the schedule's {@code days}, both numbers doubled when it asks less
     * than daily (to smooth irregular weeks), and a day's percentage is
     * {@code min(1, satisfied days in the window ÷ times)}.
     *
     * <p>Measured goals: the window is {@code days} (not doubled) and sums the amounts of DONE
     * check-ins; the target of the window is the per-day target times {@code times} (for a daily
     * habit, the target itself). At least: {@code min(1, sum ÷ target)}; at most:
     * {@code clamp(1 − (sum − target) ÷ target, 0, 1)}, and with a zero target 1 when nothing was
     * recorded and 0 otherwise. As in Loop, a day with nothing recorded adds 0 to the window.
     *
     * <p>A day with {@code holdsScore} (skipped, paused, not a chosen weekday, an empty today) keeps the
     * previous day's value and is left out of the window too, as if it never existed: the window
     * spans the last {@code days} days that count. Loop's released code still counts such days into
     * the window, so a "6 times a week" habit always done or skipped sinks below 100 % (Loop issue
     * #1695); its fix (pull request #1713) widens the window by the skipped days in it, which is the
     * same rule, and its test vectors pass here.
     */
    static double[] series(Timeline timeline, Schedule schedule, Goal goal, boolean[] holdsScore) {
        return series(timeline, schedule, goal, holdsScore, Carry.initial(schedule, goal));
    }

    /**
     * Where the score's walk stands after some days: the last value, the ring of the last days that count
     * (slot {@code k % window} holds the k-th such day) and how many days counted.
     */
    record Carry(double previous, long[] ring, int countedDays) {
        static Carry initial(Schedule schedule, Goal goal) {
            return new Carry(HabitScore.initial(goal), new long[windowOf(schedule, goal)], 0);
        }
    }

    /** The days the score's window spans: the schedule's, doubled for a yes/no goal asking less than daily. */
    static int windowOf(Schedule schedule, Goal goal) {
        Ask ask = Ask.of(schedule);
        return goal instanceof Goal.YesNo && ask.frequency() < 1.0 ? ask.days() * 2 : ask.days();
    }

    /** As {@link #series(Timeline, Schedule, Goal, boolean[])}, going on from {@code carry} (the day before). */
    static double[] series(Timeline timeline, Schedule schedule, Goal goal, boolean[] holdsScore, Carry carry) {
        Ask ask = Ask.of(schedule);
        double multiplier = multiplier(ask.frequency());
        int n = timeline.length;
        double[] scores = new double[n];
        double previous = carry.previous();
        long[] ring = carry.ring().clone();
        int window = ring.length;
        long inWindow = 0;
        for (long value : ring) {
            inWindow += value;
        }
        int countedDays = carry.countedDays();
        long target = goal instanceof Goal.Measured measured ? Timeline.micros(measured.target()) * ask.times() : 0;
        boolean atMost = goal instanceof Goal.Measured measured && measured.direction() == Goal.Direction.AT_MOST;
        int times = window == ask.days() ? ask.times() : ask.times() * 2;
        for (int i = 0; i < n; i++) {
            if (!holdsScore[i]) {
                long value = valueOn(timeline, i);
                int slot = countedDays % window;
                inWindow += value - ring[slot];
                ring[slot] = value;
                countedDays++;
                double percentage = goal instanceof Goal.YesNo
                        ? Math.min(1.0, (double) inWindow / times)
                        : measuredPercentage(inWindow, target, atMost);
                previous = step(multiplier, previous, percentage);
            }
            scores[i] = previous;
        }
        return scores;
    }

    /** What day {@code i} puts into the window: 1 or 0 for yes/no, the amount in millionths for a measured goal. */
    private static long valueOn(Timeline timeline, int i) {
        return timeline.doneMicros.length > 0 ? timeline.doneMicros[i] : timeline.satisfied[i] ? 1 : 0;
    }

    /** The carry at the end of day {@code index} of a walk that started from {@link Carry#initial}. */
    static Carry carryAt(Timeline timeline, Schedule schedule, Goal goal, boolean[] holdsScore, double[] scores,
            int index) {
        int window = windowOf(schedule, goal);
        int counted = 0;
        for (int i = 0; i <= index; i++) {
            if (!holdsScore[i]) {
                counted++;
            }
        }
        long[] ring = new long[window];
        int k = counted;
        for (int i = index; i >= 0 && k > counted - window && k > 0; i--) {
            if (!holdsScore[i]) {
                k--;
                ring[k % window] = valueOn(timeline, i);
            }
        }
        return new Carry(scores[index], ring, counted);
    }

    /** The share of the window's target met; {@code sum} and {@code target} in the same unit. */
    static double measuredPercentage(long sum, long target, boolean atMost) {
        if (atMost) {
            if (target > 0) {
                return Math.clamp(1 - (double) (sum - target) / target, 0.0, 1.0);
            }
            return sum > 0 ? 0.0 : 1.0;
        }
        return target > 0 ? Math.min(1.0, (double) sum / target) : 1.0;
    }
}
