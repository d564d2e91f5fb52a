package org.habittracker.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.Schedule;
import org.junit.jupiter.api.Test;

/**
 * The board entry resumed from a stored checkpoint is exactly the one a full analysis gives, whatever
 * happened since the checkpoint was taken. Random histories and edit sequences follow the rules the
 * application keeps: a check-in written or cleared on or before the checkpoint's day drops it; a write
 * may store a fresh one from its full analysis (or not, as an import or a missed path would); pauses,
 * schedule, goal, start-day and week-start edits and moves of today (time zone, day start, rollover)
 * leave the stored checkpoint as it is.
 */
class CheckpointResumeTest {
    private static final LocalDate ORIGIN = LocalDate.of(2026, 3, 1);

    @Test
    void aResumedBoardEntryEqualsAFullAnalysisAfterEveryEdit() {
        int resumed = 0;
        for (long seed = 1; seed <= 400; seed++) {
            resumed += new Run(new Random(seed)).play(60);
        }
        // Most steps must go through a checkpoint, or the comparison proves nothing.
        assertThat(resumed).isGreaterThan(400 * 60 / 3);
    }

    @Test
    void theMilestonesResumedAreTheFullAnalysisOnesPastWhatTheCheckpointsDaysReached() {
        int resumed = 0;
        int reachedAfter = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Run run = new Run(new Random(seed));
            run.play(60);
            resumed += run.resumedWithMilestones;
            reachedAfter += run.milestonesAfterCheckpoint;
        }
        assertThat(resumed).isGreaterThan(400 * 60 / 3);
        // Some of those steps must reach a milestone after the checkpoint, or only "none" was compared.
        assertThat(reachedAfter).isGreaterThan(200);
    }

    @Test
    void rollingWindowsResumedEqualAFullAnalysisAfterEveryEdit() {
        int resumed = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Run run = new Run(new Random(seed), true);
            resumed += run.play(60);
            // Not shown exact for a rolling window (a later check can move older runs): never offered.
            assertThat(run.resumedWithMilestones).isZero();
        }
        assertThat(resumed).isGreaterThan(400 * 60 / 3);
    }

    @Test
    void aRollingWindowReadsOnlyTheWindowBeforeItsCheckpoint() {
        Habit habit = Fixtures.habit(new Schedule.TimesPerWindow(2, 5), Fixtures.YES_NO, Fixtures.day(400));
        ProgressCheckpoint checkpoint = Fixtures.analyse(habit, Fixtures.doneRange(0, 400))
                .checkpoint().orElseThrow();

        assertThat(checkpoint.asOf()).isEqualTo(Fixtures.TODAY.minusDays(1));
        assertThat(checkpoint.readsAfter()).isEqualTo(checkpoint.asOf().minusDays(4));
    }

    /**
     * Once every 7 days for "1 in 7 days", years long, after a one-day gap: a check-in today moves every run
     * of the chain back by a day or two, and the last move fills the gap — a day years before the checkpoint
     * turns from missed to excused and the streak reaches back past it. The settled runs must carry that.
     */
    @Test
    void aCheckInTodayThatMovesAChainOfRunsYearsBackIsResumedExactly() {
        Habit habit = Fixtures.habit(new Schedule.TimesPerWindow(1, 7), Fixtures.YES_NO, Fixtures.day(800));
        List<CheckIn> history = new ArrayList<>();
        for (int back = 6; back <= 700; back += 7) {
            history.add(CheckIn.done(Fixtures.HABIT, Fixtures.day(back)));
        }
        for (int back = 708; back <= 800; back += 8) {
            history.add(CheckIn.done(Fixtures.HABIT, Fixtures.day(back)));
        }
        ProgressCheckpoint checkpoint = Fixtures.analyse(habit, history).checkpoint().orElseThrow();
        List<CheckIn> withToday = new ArrayList<>(history);
        withToday.add(CheckIn.done(Fixtures.HABIT, Fixtures.TODAY));
        withToday.add(CheckIn.done(Fixtures.HABIT, Fixtures.TODAY.plusDays(1)));
        LocalDate tomorrow = Fixtures.TODAY.plusDays(1);
        HabitProgress full = HabitProgress.analyse(habit, withToday, List.of(), tomorrow, DayOfWeek.MONDAY);
        HabitProgress before = HabitProgress.analyse(habit, history, List.of(), tomorrow, DayOfWeek.MONDAY);

        assertThat(full.currentStreak()).as("the move reaches back").isNotEqualTo(before.currentStreak());
        assertThat(HabitProgress.resume(habit, checkpoint, withToday.stream()
                .filter(c -> c.day().isAfter(checkpoint.readsAfter())).toList(), List.of(), tomorrow,
                DayOfWeek.MONDAY)).contains(full.summary());
    }

    @Test
    void aCheckpointDoesNotApplyOnceItsInputsChange() {
        Habit habit = Fixtures.habit(Fixtures.DAILY, Fixtures.YES_NO, Fixtures.day(40));
        ProgressCheckpoint checkpoint = Fixtures.analyse(habit, Fixtures.doneRange(0, 30))
                .checkpoint().orElseThrow();
        Habit weekly = Fixtures.habit(new Schedule.TimesPerWeek(3), Fixtures.YES_NO, Fixtures.day(40));

        assertThat(HabitProgress.resume(weekly, checkpoint, List.of(), List.of(), Fixtures.TODAY, DayOfWeek.MONDAY))
                .isEmpty();
    }

    @Test
    void aCheckpointDoesNotApplyWhenTodayMovesOntoOrBeforeIt() {
        Habit habit = Fixtures.habit(Fixtures.DAILY, Fixtures.YES_NO, Fixtures.day(40));
        ProgressCheckpoint checkpoint = Fixtures.analyse(habit, Fixtures.doneRange(0, 30))
                .checkpoint().orElseThrow();

        assertThat(HabitProgress.resume(habit, checkpoint, List.of(), List.of(), checkpoint.asOf(), DayOfWeek.MONDAY))
                .isEmpty();
    }

    /** One random habit and its edits; each step compares the board entry both ways. */
    private static final class Run {
        private final Random random;
        private final Map<LocalDate, CheckIn> checkIns = new LinkedHashMap<>();
        private final List<Pause> pauses = new ArrayList<>();
        private Habit habit;
        private DayOfWeek weekStart;
        private LocalDate today;
        private Optional<ProgressCheckpoint> stored = Optional.empty();

        /** Rolling windows only, or every other schedule. */
        private final boolean windows;
        /** Steps answered with milestones from the checkpoint, and the milestones those found after it. */
        int resumedWithMilestones;
        int milestonesAfterCheckpoint;

        Run(Random random) {
            this(random, false);
        }

        Run(Random random, boolean windows) {
            this.random = random;
            this.windows = windows;
            this.today = ORIGIN.plusDays(random.nextInt(60));
            this.weekStart = DayOfWeek.of(1 + random.nextInt(7));
            this.habit = Fixtures.habit(schedule(), goal(), today.minusDays(random.nextInt(windows ? 400 : 200)));
            // Windows: also near-periodic histories (every p days, p about the window), whose runs snap in long
            // chains, so a move can travel far back.
            int period = windows && random.nextBoolean() ? periodNear(habit.schedule()) : 0;
            for (LocalDate day = habit.startDate().minusDays(random.nextInt(5)); !day.isAfter(today);
                    day = day.plusDays(1)) {
                boolean checks = period > 0
                        ? (day.toEpochDay() % period == 0) != (random.nextInt(40) == 0)
                        : random.nextInt(10) < 6;
                if (checks) {
                    put(period > 0 ? CheckIn.done(Fixtures.HABIT, day) : checkIn(day));
                }
            }
            refresh();
        }

        private int periodNear(Schedule schedule) {
            int days = schedule instanceof Schedule.TimesPerWindow window ? window.days() / window.times() : 7;
            return Math.max(1, days + random.nextInt(3) - 1);
        }

        /** @return how many of the steps answered from the checkpoint */
        int play(int steps) {
            int resumed = 0;
            for (int step = 0; step < steps; step++) {
                edit();
                HabitProgress analysis = HabitProgress.analyse(habit, List.copyOf(checkIns.values()), pauses, today,
                        weekStart);
                HabitSummary full = analysis.summary();
                HabitStatistics statistics = analysis.statistics();
                Optional<HabitSummary> fromCheckpoint = stored.flatMap(checkpoint -> HabitProgress.resume(habit,
                        checkpoint, later(checkpoint.readsAfter()), pauses, today, weekStart));
                if (fromCheckpoint.isPresent()) {
                    resumed++;
                    assertThat(fromCheckpoint.get()).as("%s on %s, week from %s, checkpoint %s", habit.schedule(),
                            today, weekStart, stored.get()).isEqualTo(full);
                    // The statistics screen (a full analysis) shows the same streak and score as the card.
                    assertThat(fromCheckpoint.get().currentStreak()).isEqualTo(statistics.currentStreak());
                    assertThat(fromCheckpoint.get().score()).isEqualTo(statistics.score());
                }
                Optional<HabitProgress.ResumedWithMilestones> withMilestones = stored.flatMap(checkpoint ->
                        HabitProgress.resumeWithMilestones(habit, checkpoint, later(checkpoint.readsAfter()), pauses,
                                today, weekStart));
                if (withMilestones.isPresent()) {
                    resumedWithMilestones++;
                    LocalDate asOf = stored.get().asOf();
                    List<Milestone> past = statistics.milestones().stream()
                            .filter(milestone -> milestone.reachedOn().isAfter(asOf)).toList();
                    milestonesAfterCheckpoint += past.size();
                    assertThat(withMilestones.get().summary()).isEqualTo(full);
                    assertThat(withMilestones.get().milestones()).as("%s on %s, checkpoint %s, all %s",
                            habit.schedule(), today, stored.get(), statistics.milestones()).isEqualTo(past);
                }
            }
            return resumed;
        }

        private void edit() {
            int kind = random.nextInt(20);
            switch (kind) {
                case 0, 1, 2, 3, 4 -> write(checkIn(today));
                case 5, 6 -> write(checkIn(today.minusDays(1 + random.nextInt(90))));
                case 7, 8 -> clear(today.minusDays(random.nextInt(60)));
                case 9, 10 -> today = today.plusDays(1);
                case 11 -> today = today.plusDays(2 + random.nextInt(40));
                case 12 -> today = today.plusDays(random.nextBoolean() ? 1 : -1); // a time-zone or day-start change
                case 13 -> {
                    LocalDate from = today.plusDays(random.nextInt(60) - 50);
                    pauses.add(random.nextBoolean() ? Fixtures.pauseAll(from, from.plusDays(random.nextInt(20)))
                            : Fixtures.pauseHabit(Fixtures.HABIT, from, from.plusDays(random.nextInt(20))));
                }
                case 14 -> {
                    if (!pauses.isEmpty()) {
                        pauses.remove(random.nextInt(pauses.size()));
                    }
                }
                case 15 -> habit = Fixtures.habit(schedule(), habit.goal(), habit.startDate());
                case 16 -> habit = Fixtures.habit(habit.schedule(), goal(), habit.startDate());
                case 17 -> habit = Fixtures.habit(habit.schedule(), habit.goal(),
                        habit.startDate().plusDays(random.nextInt(21) - 10));
                case 18 -> weekStart = DayOfWeek.of(1 + random.nextInt(7));
                default -> write(CheckIn.skipped(Fixtures.HABIT, today.minusDays(random.nextInt(20))));
            }
        }

        /** A check-in write: the storage drops a checkpoint it changes; the write may store a fresh one. */
        private void write(CheckIn checkIn) {
            put(checkIn);
            afterChangeOn(checkIn.day());
        }

        private void clear(LocalDate day) {
            checkIns.remove(day);
            afterChangeOn(day);
        }

        private void afterChangeOn(LocalDate day) {
            stored = stored.filter(checkpoint -> day.isAfter(checkpoint.asOf()));
            if (random.nextBoolean()) {
                refresh();
            }
        }

        private void refresh() {
            stored = HabitProgress.analyse(habit, List.copyOf(checkIns.values()), pauses, today, weekStart)
                    .checkpoint();
        }

        private void put(CheckIn checkIn) {
            checkIns.remove(checkIn.day());
            checkIns.put(checkIn.day(), checkIn);
        }

        private List<CheckIn> later(LocalDate asOf) {
            return checkIns.values().stream().filter(c -> c.day().isAfter(asOf)).toList();
        }

        private CheckIn checkIn(LocalDate day) {
            return switch (random.nextInt(6)) {
                case 0 -> CheckIn.skipped(Fixtures.HABIT, day);
                case 1, 2 -> CheckIn.done(Fixtures.HABIT, day, BigDecimal.valueOf(random.nextInt(50), 1));
                default -> CheckIn.done(Fixtures.HABIT, day);
            };
        }

        private Schedule schedule() {
            if (windows) {
                int days = switch (random.nextInt(4)) {
                    case 0 -> 1 + random.nextInt(3);
                    case 1, 2 -> 3 + random.nextInt(12);
                    default -> 20 + random.nextInt(Schedule.TimesPerWindow.MAX_DAYS - 19);
                };
                int times = random.nextInt(3) == 0 ? days : 1 + random.nextInt(Math.min(days, 5));
                return new Schedule.TimesPerWindow(times, days);
            }
            return switch (random.nextInt(5)) {
                case 0 -> new Schedule.Daily();
                case 1 -> new Schedule.Weekdays(weekdays());
                case 2 -> new Schedule.TimesPerWeek(1 + random.nextInt(7));
                case 3 -> new Schedule.TimesPerMonth(1 + random.nextInt(31));
                default -> random.nextBoolean() ? new Schedule.TimesPerWeek(1 + random.nextInt(7))
                        : new Schedule.Daily();
            };
        }

        private Set<DayOfWeek> weekdays() {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            days.add(DayOfWeek.of(1 + random.nextInt(7)));
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextBoolean()) {
                    days.add(day);
                }
            }
            return days;
        }

        private Goal goal() {
            return switch (random.nextInt(4)) {
                case 0 -> Fixtures.atLeast(String.valueOf(random.nextInt(4)));
                case 1 -> Fixtures.atMost(String.valueOf(random.nextInt(4)));
                default -> Fixtures.YES_NO;
            };
        }
    }
}
