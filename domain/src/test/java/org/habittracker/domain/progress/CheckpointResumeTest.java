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
    void rollingWindowsTakeNoCheckpoint() {
        Habit habit = Fixtures.habit(new Schedule.TimesPerWindow(2, 5), Fixtures.YES_NO, Fixtures.day(40));
        HabitProgress progress = Fixtures.analyse(habit, Fixtures.doneRange(0, 30));

        assertThat(progress.checkpoint()).isEmpty();
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

        Run(Random random) {
            this.random = random;
            this.today = ORIGIN.plusDays(random.nextInt(60));
            this.weekStart = DayOfWeek.of(1 + random.nextInt(7));
            this.habit = Fixtures.habit(schedule(), goal(), today.minusDays(random.nextInt(200)));
            for (LocalDate day = habit.startDate().minusDays(random.nextInt(5)); !day.isAfter(today);
                    day = day.plusDays(1)) {
                if (random.nextInt(10) < 6) {
                    put(checkIn(day));
                }
            }
            refresh();
        }

        /** @return how many of the steps answered from the checkpoint */
        int play(int steps) {
            int resumed = 0;
            for (int step = 0; step < steps; step++) {
                edit();
                HabitSummary full = HabitProgress.analyse(habit, List.copyOf(checkIns.values()), pauses, today,
                        weekStart).summary();
                Optional<HabitSummary> fromCheckpoint = stored.flatMap(checkpoint -> HabitProgress.resume(habit,
                        checkpoint, later(checkpoint.asOf()), pauses, today, weekStart));
                if (fromCheckpoint.isPresent()) {
                    resumed++;
                    assertThat(fromCheckpoint.get()).as("%s on %s, week from %s, checkpoint %s", habit.schedule(),
                            today, weekStart, stored.get()).isEqualTo(full);
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
