package org.habittracker.domain.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.shared.Check;

/**
 * Where a habit's analysis stood at the end of day {@code asOf}, so the board can go on from there to today
 * instead of walking the whole history ({@link HabitProgress#resume}).
 *
 * <p>{@code asOf} is a day whose state no later day can change: yesterday for daily and weekday schedules,
 * the end of the previous week or month for calendar periods (a period classifies its days as a whole).
 * Rolling windows get none: Loop's snapping moves older intervals back through any chain of overlapping
 * runs, so a later check can change days arbitrarily far back.
 *
 * <p>{@code inputs} names everything the state up to {@code asOf} depends on besides the check-ins up to
 * it: schedule, goal, start day, week start and the pauses up to {@code asOf}. A checkpoint whose inputs
 * differ from the habit's now is not used (a full analysis answers), so an edit the writer forgot can only
 * cost time, never give a wrong board. A check-in written or cleared on or before {@code asOf} must drop it.
 *
 * @param carriedScore the score at the end of {@code asOf}, 0–1
 * @param window       the values of the last days that count for the score, by ring slot ({@link HabitScore})
 * @param countedDays  how many days up to {@code asOf} counted for the score
 * @param openStreak   satisfied days in the run without a missed day that reaches {@code asOf}
 */
public record ProgressCheckpoint(LocalDate asOf, String inputs, double carriedScore, List<Long> window,
        int countedDays, int openStreak) {

    public ProgressCheckpoint {
        Check.notNull(asOf, "asOf");
        Check.notNull(inputs, "inputs");
        window = List.copyOf(window);
    }

    /** Whether this checkpoint still describes {@code habit}'s history, and today lies after it. */
    public boolean appliesTo(Habit habit, List<Pause> pauses, DayOfWeek weekStart, LocalDate today) {
        return today.isAfter(asOf) && inputs.equals(inputsOf(habit, pauses, weekStart, asOf));
    }

    /** The digest of what the state up to {@code asOf} depends on, besides the check-ins. */
    static String inputsOf(Habit habit, List<Pause> pauses, DayOfWeek weekStart, LocalDate asOf) {
        String paused = pauses.stream()
                .filter(p -> p.owner().equals(habit.owner()) && p.appliesTo(habit.id()) && !p.from().isAfter(asOf))
                .map(p -> p.from() + ".." + (p.to().isAfter(asOf) ? asOf : p.to()))
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(","));
        return schedule(habit.schedule()) + "|" + goal(habit.goal()) + "|" + habit.startDate() + "|" + weekStart
                + "|" + paused;
    }

    // Spelt out rather than toString(): a Set's iteration order changes from one JVM run to the next.
    private static String schedule(Schedule schedule) {
        return switch (schedule) {
            case Schedule.Daily daily -> "daily";
            case Schedule.Weekdays weekdays -> "weekdays" + weekdays.days().stream().sorted()
                    .map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(""));
            case Schedule.TimesPerWindow window -> "window" + window.times() + "/" + window.days();
            case Schedule.TimesPerWeek week -> "week" + week.times();
            case Schedule.TimesPerMonth month -> "month" + month.times();
        };
    }

    private static String goal(Goal goal) {
        return switch (goal) {
            case Goal.YesNo yesNo -> "yesno";
            case Goal.Measured measured ->
                    measured.direction() + measured.target().stripTrailingZeros().toPlainString();
        };
    }
}
