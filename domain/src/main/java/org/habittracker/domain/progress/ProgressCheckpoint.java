package org.habittracker.domain.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * Rolling windows take yesterday too, but there a later check can still move older runs (Loop's snapping
 * carries a move back through any chain of overlapping runs): {@code settled} holds what the runs up to
 * {@code asOf} contribute for each way the later ones can move them, and the resume reads the check-ins
 * from {@link SettledRuns#readFrom()}, the window's length before {@code asOf} ({@link #readsAfter()}).
 *
 * <p>{@code inputs} names everything the state up to {@code asOf} depends on besides the check-ins up to
 * it: schedule, goal, start day, week start and the pauses up to {@code asOf}. A checkpoint whose inputs
 * differ from the habit's now is not used (a full analysis answers), so an edit the writer forgot can only
 * cost time, never give a wrong board. A check-in written or cleared on or before {@code asOf} must drop it.
 *
 * @param carriedScore the score at the end of {@code asOf}, 0–1
 * @param window       the values of the last days that count for the score, by ring slot ({@link HabitScore})
 * @param countedDays  how many days up to {@code asOf} counted for the score
 * @param openStreak   satisfied days in the run without a missed day that reaches {@code asOf} (unused for a
 *                     rolling window, whose open run {@code settled} gives)
 * @param settled      for a rolling window only: its settled runs
 * @param reached      what the days up to {@code asOf} reached toward milestones; empty for a rolling window (a
 *                     later check can still move its older runs) and for a checkpoint stored before it was kept
 */
public record ProgressCheckpoint(LocalDate asOf, String inputs, double carriedScore, List<Long> window,
        int countedDays, int openStreak, Optional<SettledRuns> settled, Optional<Reached> reached) {

    /**
     * The longest run of satisfied days up to {@code asOf} (the open one included) and the satisfied days in all.
     * No write after {@code asOf} changes a day up to it, so the milestones a later day reaches first are those
     * past these counts ({@link HabitProgress#resumeWithMilestones}).
     */
    public record Reached(int bestStreak, int satisfiedDays) {
        public Reached {
            if (bestStreak < 0 || satisfiedDays < bestStreak) {
                throw new IllegalArgumentException("0 <= bestStreak <= satisfiedDays: " + bestStreak + ", "
                        + satisfiedDays);
            }
        }

        /** Whether the days up to the checkpoint reached {@code kind} of {@code habit} (its first day is then theirs). */
        public boolean reached(MilestoneKind kind, Habit habit) {
            if (kind == MilestoneKind.COMMITMENT_COMPLETED) {
                return habit.commitmentDays().isPresent() && satisfiedDays >= habit.commitmentDays().getAsInt();
            }
            return bestStreak >= kind.streakLength().orElseThrow();
        }
    }

    /** See {@link #isStaleOn}. */
    static final int STALE_AFTER_DAYS = 62;

    public ProgressCheckpoint {
        Check.notNull(asOf, "asOf");
        Check.notNull(inputs, "inputs");
        Check.notNull(settled, "settled");
        Check.notNull(reached, "reached");
        window = List.copyOf(window);
    }

    /** A checkpoint that does not say what its days reached. */
    public ProgressCheckpoint(LocalDate asOf, String inputs, double carriedScore, List<Long> window, int countedDays,
            int openStreak, Optional<SettledRuns> settled) {
        this(asOf, inputs, carriedScore, window, countedDays, openStreak, settled, Optional.empty());
    }

    /** A checkpoint of a schedule other than a rolling window, that does not say what its days reached. */
    public ProgressCheckpoint(LocalDate asOf, String inputs, double carriedScore, List<Long> window, int countedDays,
            int openStreak) {
        this(asOf, inputs, carriedScore, window, countedDays, openStreak, Optional.empty());
    }

    /**
     * Whether it holds all a checkpoint of its schedule can: what its days reached, for every schedule but a rolling
     * window (which has its settled runs instead). One stored before that was kept is worth replacing.
     */
    public boolean isComplete() {
        return settled.isPresent() || reached.isPresent();
    }

    /** Whether this checkpoint still describes {@code habit}'s history, and today lies after it. */
    public boolean appliesTo(Habit habit, List<Pause> pauses, DayOfWeek weekStart, LocalDate today) {
        return today.isAfter(asOf) && settled.isPresent() == habit.schedule() instanceof Schedule.TimesPerWindow
                && inputs.equals(inputsOf(habit, pauses, weekStart, asOf));
    }

    /**
     * Whether a resume on {@code today} walks so many days that a fresh checkpoint is worth a full read: more
     * than two months after {@code asOf} (a month's checkpoint lags up to a month by design).
     */
    public boolean isStaleOn(LocalDate today) {
        return asOf.plusDays(STALE_AFTER_DAYS).isBefore(today);
    }

    /** The day after which a resume needs the habit's check-ins. */
    public LocalDate readsAfter() {
        return settled.map(runs -> runs.readFrom().minusDays(1)).orElse(asOf);
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
