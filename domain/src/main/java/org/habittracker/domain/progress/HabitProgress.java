package org.habittracker.domain.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.shared.Check;

/**
 * The analysis of one habit's days up to today: day states, streaks, score, milestones and statistics.
 * Built once from the habit's check-ins (any order) and the pauses that apply to it; every query
 * answers from that one pass.
 *
 * <p>The history runs from the habit's first day (the earlier of its start date and its first
 * check-in) to today. {@link DayClassifier} says what each day is, {@link HabitScore} how strong the
 * habit is. Streaks: a streak is a maximal run of days with no missed day; its length counts its
 * satisfied days only (Loop counts every day of the run, skipped ones included; we do not), and it
 * starts and ends on a satisfied day. The current streak is the run that reaches today.
 *
 * <p>Cost: linear in the number of days plus the number of check-ins; no sorting.
 */
public final class HabitProgress {
    private final Habit habit;
    private final Timeline timeline;
    private final DayState[] states;
    private final boolean[] holdsScore;
    private final double[] scores;
    private final double initialScore;
    private final DayOfWeek weekStart;
    /** Satisfied days of the open run before the timeline's first day (a resumed analysis); 0 otherwise. */
    private final int streakBefore;

    private HabitProgress(Habit habit, Timeline timeline, DayClassifier.Classification classification,
            double[] scores, double initialScore, DayOfWeek weekStart, int streakBefore) {
        this.habit = habit;
        this.timeline = timeline;
        this.states = classification.states();
        this.holdsScore = classification.holdsScore();
        this.scores = scores;
        this.initialScore = initialScore;
        this.weekStart = weekStart;
        this.streakBefore = streakBefore;
    }

    /**
     * @param checkIns  the habit's check-ins, in any order; days after {@code today} and check-ins of
     *                  other habits are ignored
     * @param pauses    pauses of the owner; those for other habits or other owners are ignored
     * @param today     the owner's today ({@link org.habittracker.domain.user.UserDay})
     * @param weekStart first day of the owner's calendar week (for {@code TimesPerWeek})
     */
    public static HabitProgress analyse(Habit habit, List<CheckIn> checkIns, List<Pause> pauses, LocalDate today,
            DayOfWeek weekStart) {
        Check.notNull(habit, "habit");
        Check.notNull(checkIns, "checkIns");
        Check.notNull(pauses, "pauses");
        Check.notNull(today, "today");
        Check.notNull(weekStart, "weekStart");
        Timeline timeline = Timeline.of(habit, checkIns, pauses, today);
        DayClassifier.Classification classification = DayClassifier.classify(timeline, habit.schedule(), weekStart);
        double[] scores = HabitScore.series(timeline, habit.schedule(), habit.goal(), classification.holdsScore());
        return new HabitProgress(habit, timeline, classification, scores, HabitScore.initial(habit.goal()), weekStart,
                0);
    }

    /**
     * Today's board entry from {@code checkpoint} and the check-ins after it, exactly what
     * {@code analyse(...).summary()} gives from the whole history; empty when the checkpoint does not apply
     * ({@link ProgressCheckpoint#appliesTo}), and the caller analyses in full.
     *
     * @param laterCheckIns the habit's check-ins after {@code checkpoint.asOf()} (earlier ones are ignored)
     */
    public static Optional<HabitSummary> resume(Habit habit, ProgressCheckpoint checkpoint, List<CheckIn> laterCheckIns,
            List<Pause> pauses, LocalDate today, DayOfWeek weekStart) {
        Check.notNull(checkpoint, "checkpoint");
        if (!checkpoint.appliesTo(habit, pauses, weekStart, today)) {
            return Optional.empty();
        }
        if (habit.schedule() instanceof Schedule.TimesPerWindow window) {
            long[] ring = checkpoint.window().stream().mapToLong(Long::longValue).toArray();
            HabitScore.Carry carry = new HabitScore.Carry(checkpoint.carriedScore(), ring, checkpoint.countedDays());
            return Optional.of(resumeWindow(habit, window, checkpoint, carry, laterCheckIns, pauses, today,
                    weekStart));
        }
        return Optional.of(resumed(habit, checkpoint, laterCheckIns, pauses, today, weekStart).summary());
    }

    /** A tap's answer from a checkpoint: the board entry, and the milestones the days after the checkpoint reach. */
    public record ResumedWithMilestones(HabitSummary summary, List<Milestone> milestones) {
        public ResumedWithMilestones {
            Check.notNull(summary, "summary");
            milestones = List.copyOf(milestones);
        }
    }

    /**
     * As {@link #resume}, with the milestones that the days after {@code checkpoint.asOf()} reach first in the
     * whole history: exactly the milestones of {@code analyse(...).statistics()} whose kind the days up to
     * {@code asOf} had not reached ({@link ProgressCheckpoint.Reached}), with the same days. Empty when the
     * checkpoint does not apply or does not say what its days reached (a rolling window's).
     */
    public static Optional<ResumedWithMilestones> resumeWithMilestones(Habit habit, ProgressCheckpoint checkpoint,
            List<CheckIn> laterCheckIns, List<Pause> pauses, LocalDate today, DayOfWeek weekStart) {
        Check.notNull(checkpoint, "checkpoint");
        if (checkpoint.reached().isEmpty() || habit.schedule() instanceof Schedule.TimesPerWindow
                || !checkpoint.appliesTo(habit, pauses, weekStart, today)) {
            return Optional.empty();
        }
        ProgressCheckpoint.Reached before = checkpoint.reached().get();
        HabitProgress progress = resumed(habit, checkpoint, laterCheckIns, pauses, today, weekStart);
        List<Milestone> milestones = new ArrayList<>();
        progress.walk(new StreakTracker(milestones, habit.commitmentDays(), checkpoint.openStreak(),
                before.bestStreak(), before.satisfiedDays()), progress.states.length);
        return Optional.of(new ResumedWithMilestones(progress.summary(), milestones));
    }

    /** The analysis of the days after a checkpoint of a schedule other than a rolling window. */
    private static HabitProgress resumed(Habit habit, ProgressCheckpoint checkpoint, List<CheckIn> laterCheckIns,
            List<Pause> pauses, LocalDate today, DayOfWeek weekStart) {
        long[] ring = checkpoint.window().stream().mapToLong(Long::longValue).toArray();
        HabitScore.Carry carry = new HabitScore.Carry(checkpoint.carriedScore(), ring, checkpoint.countedDays());
        Timeline timeline = Timeline.from(checkpoint.asOf().plusDays(1), habit, laterCheckIns, pauses, today);
        DayClassifier.Classification classification = DayClassifier.classify(timeline, habit.schedule(), weekStart);
        double[] scores = HabitScore.series(timeline, habit.schedule(), habit.goal(), classification.holdsScore(),
                carry);
        return new HabitProgress(habit, timeline, classification, scores, checkpoint.carriedScore(), weekStart,
                checkpoint.openStreak());
    }

    /**
     * A rolling window resumes on a timeline from {@link SettledRuns#readFrom()}: the days up to {@code asOf}
     * are there only to place the newer runs and to walk the open streak; the score goes on from the carry
     * after {@code asOf} (those days leave it as it is, which a rolling window's score never makes depend on
     * the runs: implied days move it like any other day).
     */
    private static HabitSummary resumeWindow(Habit habit, Schedule.TimesPerWindow window, ProgressCheckpoint checkpoint,
            HabitScore.Carry carry, List<CheckIn> laterCheckIns, List<Pause> pauses, LocalDate today,
            DayOfWeek weekStart) {
        SettledRuns settled = checkpoint.settled().orElseThrow();
        Timeline timeline = Timeline.from(settled.readFrom(), habit, laterCheckIns, pauses, today);
        int asOf = timeline.indexOf(checkpoint.asOf());
        SettledRuns.Resumed resumed = settled.resume(timeline, window.times(), window.days(), asOf);
        DayClassifier.Classification classification = DayClassifier.classifyWindow(timeline, window,
                resumed.implied());
        boolean[] holds = classification.holdsScore().clone();
        for (int i = 0; i <= asOf; i++) {
            holds[i] = true;
        }
        double[] scores = HabitScore.series(timeline, window, habit.goal(), holds, carry);
        return new HabitProgress(habit, timeline, new DayClassifier.Classification(classification.states(), holds),
                scores, checkpoint.carriedScore(), weekStart, resumed.streakBefore()).summary();
    }

    /**
     * A checkpoint at the latest day no later check-in can change (see {@link ProgressCheckpoint}; for a
     * rolling window, yesterday with its {@link SettledRuns}); empty for a history not started by then.
     */
    public Optional<ProgressCheckpoint> checkpoint() {
        Optional<LocalDate> asOf = switch (habit.schedule()) {
            case Schedule.Daily daily -> Optional.of(timeline.today.minusDays(1));
            case Schedule.Weekdays weekdays -> Optional.of(timeline.today.minusDays(1));
            case Schedule.TimesPerWeek week ->
                    Optional.of(new DayClassifier.WeekPeriods(weekStart).startOf(timeline.today).minusDays(1));
            case Schedule.TimesPerMonth month ->
                    Optional.of(new DayClassifier.MonthPeriods().startOf(timeline.today).minusDays(1));
            case Schedule.TimesPerWindow window -> Optional.of(timeline.today.minusDays(1));
        };
        return asOf.filter(day -> !day.isBefore(timeline.firstDay))
                .map(day -> {
                    int index = timeline.indexOf(day);
                    HabitScore.Carry carry = HabitScore.carryAt(timeline, habit.schedule(), habit.goal(), holdsScore,
                            scores, index);
                    List<Long> window = new ArrayList<>(carry.ring().length);
                    for (long value : carry.ring()) {
                        window.add(value);
                    }
                    String inputs = ProgressCheckpoint.inputsOf(habit, timeline.pauses(), weekStart, day);
                    Optional<SettledRuns> settled = habit.schedule() instanceof Schedule.TimesPerWindow rolling
                            ? Optional.of(SettledRuns.settle(timeline, rolling.times(), rolling.days(), index))
                            : Optional.empty();
                    Optional<ProgressCheckpoint.Reached> reached = settled.isPresent() ? Optional.empty()
                            : Optional.of(reachedUpTo(index));
                    return new ProgressCheckpoint(day, inputs, carry.previous(), window, carry.countedDays(),
                            runUpTo(index), settled, reached);
                });
    }

    /** The longest run and the satisfied days up to day {@code index}, as {@link #statistics} counts them. */
    private ProgressCheckpoint.Reached reachedUpTo(int index) {
        StreakTracker tracker = walk(new StreakTracker(), index + 1);
        return new ProgressCheckpoint.Reached(tracker.best(), tracker.satisfiedDays());
    }

    /** Feeds the first {@code days} days to {@code tracker}: satisfied days count, missed ones end a run. */
    private StreakTracker walk(StreakTracker tracker, int days) {
        for (int i = 0; i < days; i++) {
            if (states[i] == DayState.SATISFIED) {
                tracker.satisfied(timeline.dayAt(i));
            } else if (states[i] == DayState.MISSED) {
                tracker.missed();
            }
        }
        return tracker;
    }

    /** Satisfied days in the run without a missed day that reaches day {@code index}. */
    private int runUpTo(int index) {
        int length = 0;
        for (int i = index; i >= 0 && states[i] != DayState.MISSED; i--) {
            if (states[i] == DayState.SATISFIED) {
                length++;
            }
        }
        return length;
    }

    /** The habit's first day: the earlier of its start date and its first check-in up to today. */
    public LocalDate firstDay() {
        return timeline.firstDay;
    }

    public LocalDate today() {
        return timeline.today;
    }

    /** The state of {@code day}; empty before the first day or after today. */
    public Optional<DayState> stateOn(LocalDate day) {
        Check.notNull(day, "day");
        long i = day.toEpochDay() - timeline.firstDay.toEpochDay();
        return i >= 0 && i < states.length ? Optional.of(states[(int) i]) : Optional.empty();
    }

    /** The state of each day in {@code from..to} (both included); days before the first day or after today are left out. */
    public List<DayRecord> days(LocalDate from, LocalDate to) {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        long first = timeline.firstDay.toEpochDay();
        // Clamp in long before narrowing: a far-off date must not wrap around into the history.
        int lo = (int) Math.min(states.length, Math.max(0, from.toEpochDay() - first));
        int hi = (int) Math.max(-1, Math.min(states.length - 1L, to.toEpochDay() - first));
        List<DayRecord> records = new ArrayList<>(Math.max(0, hi - lo + 1));
        for (int i = lo; i <= hi; i++) {
            records.add(new DayRecord(timeline.dayAt(i), states[i]));
        }
        return Collections.unmodifiableList(records);
    }

    /** Strength at the end of today, 0–100 (before the first day: where the score starts). */
    public double score() {
        return 100 * (scores.length == 0 ? initialScore : scores[scores.length - 1]);
    }

    /** Satisfied days in the run of days without a missed day that reaches today. */
    public int currentStreak() {
        int length = 0;
        int i = states.length - 1;
        for (; i >= 0 && states[i] != DayState.MISSED; i--) {
            if (states[i] == DayState.SATISFIED) {
                length++;
            }
        }
        return i < 0 ? length + streakBefore : length;
    }

    /** Every streak in the history, oldest first; the last one is the current streak when it reaches today. */
    public List<Streak> streaks() {
        return walk(new StreakTracker(), states.length).finish();
    }

    /**
     * What the today board shows: DONE when today is satisfied; SKIPPED when today has a skip; PENDING
     * when today is due and not satisfied yet (a measured amount short of the goal stays PENDING, with
     * its amount); NOT_DUE when today is excused (pause, weekday, period already met) or the habit has
     * not started.
     */
    public HabitSummary summary() {
        Optional<CheckIn> todayCheckIn = timeline.todayCheckIn();
        TodayStatus status;
        if (states.length == 0) {
            status = TodayStatus.NOT_DUE;
        } else if (states[states.length - 1] == DayState.SATISFIED) {
            status = TodayStatus.DONE;
        } else if (todayCheckIn.map(c -> c.status() == CheckInStatus.SKIPPED).orElse(false)) {
            status = TodayStatus.SKIPPED;
        } else if (states[states.length - 1] == DayState.PENDING) {
            status = TodayStatus.PENDING;
        } else {
            status = TodayStatus.NOT_DUE;
        }
        Optional<BigDecimal> amount = todayCheckIn.flatMap(CheckIn::amount);
        return new HabitSummary(status, amount, currentStreak(), score());
    }

    /** Everything the statistics screen shows, from one walk over the days. */
    public HabitStatistics statistics() {
        int n = states.length;
        int[] byWeekday = new int[7];
        SequencedMap<YearMonth, Integer> byMonth = new LinkedHashMap<>();
        List<DailyScore> scoreSeries = new ArrayList<>(n);
        List<Milestone> milestones = new ArrayList<>();
        StreakTracker streakTracker = new StreakTracker(milestones, habit.commitmentDays());
        int[] satisfiedIn = new int[4];
        int[] missedIn = new int[4];
        int[] windowStart = {n - 7, n - 30, n - 365, 0};
        YearMonth month = n == 0 ? null : YearMonth.from(timeline.firstDay);
        int inMonth = 0;
        int weekday = timeline.firstDay.getDayOfWeek().ordinal();
        LocalDate day = timeline.firstDay;
        for (int i = 0; i < n; i++, day = day.plusDays(1), weekday = weekday == 6 ? 0 : weekday + 1) {
            if (day.getDayOfMonth() == 1 && i > 0) {
                byMonth.put(month, inMonth);
                month = month.plusMonths(1);
                inMonth = 0;
            }
            DayState state = states[i];
            if (state == DayState.SATISFIED) {
                byWeekday[weekday]++;
                inMonth++;
                streakTracker.satisfied(day);
            } else if (state == DayState.MISSED) {
                streakTracker.missed();
            }
            for (int w = 0; w < 4; w++) {
                if (i >= windowStart[w]) {
                    if (state == DayState.SATISFIED) {
                        satisfiedIn[w]++;
                    } else if (state == DayState.MISSED) {
                        missedIn[w]++;
                    }
                }
            }
            scoreSeries.add(new DailyScore(day, 100 * scores[i]));
        }
        if (n > 0) {
            byMonth.put(month, inMonth);
        }
        int currentStreak = streakTracker.openLength();
        int bestStreak = streakTracker.best();
        int totalSatisfied = streakTracker.satisfiedDays();
        List<Streak> streaks = streakTracker.finish();
        Map<DayOfWeek, Integer> weekdays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek dayOfWeek : DayOfWeek.values()) {
            weekdays.put(dayOfWeek, byWeekday[dayOfWeek.ordinal()]);
        }
        CompletionRates rates = new CompletionRates(rate(satisfiedIn[0], missedIn[0]), rate(satisfiedIn[1], missedIn[1]),
                rate(satisfiedIn[2], missedIn[2]), rate(satisfiedIn[3], missedIn[3]));
        Optional<CommitmentProgress> commitmentProgress = habit.commitmentDays().isPresent()
                ? Optional.of(new CommitmentProgress(habit.commitmentDays().getAsInt(),
                        Math.min(habit.commitmentDays().getAsInt(), totalSatisfied)))
                : Optional.empty();
        return new HabitStatistics(currentStreak, bestStreak, score(), totalSatisfied, rates,
                Collections.unmodifiableMap(weekdays), Collections.unmodifiableSequencedMap(byMonth),
                Collections.unmodifiableList(scoreSeries), Streaks.best(streaks, Streaks.BEST_LIMIT),
                List.copyOf(milestones), commitmentProgress);
    }

    private static double rate(int satisfied, int missed) {
        int due = satisfied + missed;
        return due == 0 ? 0.0 : (double) satisfied / due;
    }
}
