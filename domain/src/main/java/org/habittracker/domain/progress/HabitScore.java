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
        Ask ask = Ask.of(schedule);
        double frequency = ask.frequency();
        double multiplier = multiplier(frequency);
        int n = timeline.length;
        double[] scores = new double[n];
        double previous = initial(goal);
        // The values of the last days that count, in a ring: slot k % window holds the k-th such day.
        long inWindow = 0;
        int countedDays = 0;
        switch (goal) {
            case Goal.YesNo yesNo -> {
                int times = ask.times();
                int window = ask.days();
                if (frequency < 1.0) {
                    times *= 2;
                    window *= 2;
                }
                long[] ring = new long[window];
                for (int i = 0; i < n; i++) {
                    if (!holdsScore[i]) {
                        long value = timeline.satisfied[i] ? 1 : 0;
                        int slot = countedDays % window;
                        inWindow += value - ring[slot];
                        ring[slot] = value;
                        countedDays++;
                        previous = step(multiplier, previous, Math.min(1.0, (double) inWindow / times));
                    }
                    scores[i] = previous;
                }
            }
            case Goal.Measured measured -> {
                int window = ask.days();
                long target = Timeline.micros(measured.target()) * ask.times();
                boolean atMost = measured.direction() == Goal.Direction.AT_MOST;
                long[] ring = new long[window];
                for (int i = 0; i < n; i++) {
                    if (!holdsScore[i]) {
                        long value = timeline.doneMicros[i];
                        int slot = countedDays % window;
                        inWindow += value - ring[slot];
                        ring[slot] = value;
                        countedDays++;
                        previous = step(multiplier, previous, measuredPercentage(inWindow, target, atMost));
                    }
                    scores[i] = previous;
                }
            }
        }
        return scores;
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
