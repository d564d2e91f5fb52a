package org.habittracker.application.service.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.habit.CreateHabitCommand;
import org.habittracker.application.port.in.progress.HabitToday;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.progress.HabitProgress;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.progress.ProgressCheckpoint;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.Test;

/**
 * The tap's answer ({@code PUT}/{@code DELETE} of a check-in), resumed from a checkpoint or not, equals a full
 * recompute's board entry after random edit sequences, and the milestones it records are the ones a full
 * analysis after every {@code PUT} records (first day kept, never replaced).
 */
class TapAnswerTest {
    private static final int HABITS = 120;
    private static final int STEPS = 60;

    @Test
    void everyTapAnswersAFullRecomputesEntryAndRecordsTheSameMilestones() {
        int resumable = 0;
        int[] withMilestones = {0};
        for (int seed = 0; seed < HABITS; seed++) {
            resumable += play(new Random(seed), withMilestones);
        }
        // Both fast paths were exercised, not only the full one.
        assertThat(resumable).isGreaterThan(HABITS * STEPS / 10);
        assertThat(withMilestones[0]).isGreaterThan(HABITS * STEPS / 10);
    }

    /**
     * @param withMilestones counts the PUTs that resume and find their milestones after the checkpoint
     * @return how many taps had an applicable checkpoint and every milestone recorded (the resumed path)
     */
    private static int play(Random random, int[] withMilestones) {
        InMemoryApplication app = new InMemoryApplication();
        UserId ada = app.registerUser("ada");
        LocalDate today = app.today(ada);
        // A third are long, fully checked yes/no histories: every streak milestone recorded, so taps resume.
        boolean complete = random.nextInt(3) == 0;
        int historyDays = complete ? 380 + random.nextInt(700) : 20 + random.nextInt(random.nextBoolean() ? 60 : 700);
        Goal goal = complete ? new Goal.YesNo() : goal(random);
        Schedule schedule = complete && random.nextBoolean() ? new Schedule.Daily() : schedule(random);
        Habit habit = app.services().habits().create(new CreateHabitCommand(ada, "H", Optional.empty(),
                HabitFixtures.TEAL, Optional.empty(), schedule, goal, Optional.of(today.minusDays(historyDays)),
                random.nextInt(3) == 0 ? Optional.of(3 + random.nextInt(360)) : Optional.empty()));
        // Written straight to storage, with its milestones recorded as an import does.
        double density = complete ? 1.0 : random.nextBoolean() ? 0.5 : 0.97;
        for (int i = historyDays; i >= 1; i--) {
            if (random.nextDouble() < density) {
                app.ports().checkIns().upsert(ada, complete
                        ? new CheckIn(habit.id(), today.minusDays(i), CheckInStatus.DONE, Optional.empty(), "")
                        : checkIn(random, habit, goal, today.minusDays(i)));
            }
        }
        Map<MilestoneKind, LocalDate> expected = new EnumMap<>(MilestoneKind.class);
        recordAsAFullAnalysisWould(app, ada, habit, today, expected);
        app.ports().milestones().recordNew(ada, habit.id(), milestones(expected));

        int resumable = 0;
        for (int step = 0; step < STEPS; step++) {
            today = app.today(ada);
            int action = random.nextInt(100);
            if (action < 15) {
                // The board resumes from the checkpoints the taps stored (or renewed) in their writes.
                assertThat(app.services().progress().todayBoard(ada).habits())
                        .extracting(entry -> entry.summary()).containsExactly(full(app, ada, habit, today).summary());
            } else if (action < 23) {
                app.ports().clock().advance(Duration.ofDays(random.nextInt(10) == 0 ? 40 : 1 + random.nextInt(3)));
            } else {
                LocalDate day = action < 60 ? today : today.minusDays(random.nextInt(action < 80 ? 3 : 45));
                resumable += resumable(app, ada, habit, today) ? 1 : 0;
                HabitToday answer;
                if (action % 7 == 0) {
                    answer = app.services().checkIns().clear(ada, habit.id(), day);
                } else {
                    withMilestones[0] += resumableWithMilestones(app, ada, habit, today, day) ? 1 : 0;
                    CheckIn checkIn = checkIn(random, habit, goal, day);
                    answer = app.services().checkIns().record(new RecordCheckInCommand(ada, habit.id(), day,
                            checkIn.status(), checkIn.amount(), Optional.empty())).board();
                    recordAsAFullAnalysisWould(app, ada, habit, today, expected);
                }
                assertThat(answer.today()).isEqualTo(today);
                assertThat(answer.entry().habit().id()).isEqualTo(habit.id());
                assertThat(answer.entry().summary()).as("tap on %s, today %s, %s", day, today, habit.schedule())
                        .isEqualTo(full(app, ada, habit, today).summary());
                assertThat(app.ports().milestones().findByHabit(ada, habit.id()))
                        .containsExactlyInAnyOrderElementsOf(milestones(expected));
            }
        }
        return resumable;
    }

    private static HabitProgress full(InMemoryApplication app, UserId ada, Habit habit, LocalDate today) {
        return HabitProgress.analyse(habit, app.ports().checkIns().findByHabit(ada, habit.id(), Dates.EARLIEST, today),
                app.ports().pauses().findAll(ada), today, DayOfWeek.MONDAY);
    }

    /** What the tap recorded before it resumed: every milestone of the full analysis not recorded yet. */
    private static void recordAsAFullAnalysisWould(InMemoryApplication app, UserId ada, Habit habit, LocalDate today,
            Map<MilestoneKind, LocalDate> expected) {
        for (Milestone milestone : full(app, ada, habit, today).statistics().milestones()) {
            expected.putIfAbsent(milestone.kind(), milestone.reachedOn());
        }
    }

    private static List<Milestone> milestones(Map<MilestoneKind, LocalDate> expected) {
        return expected.entrySet().stream().map(e -> new Milestone(e.getKey(), e.getValue())).toList();
    }

    /** The test's own view of when the fast path applies, to check it is exercised. */
    private static boolean resumable(InMemoryApplication app, UserId ada, Habit habit, LocalDate today) {
        ProgressCheckpoint checkpoint = app.ports().checkpoints().findAll(ada).get(habit.id());
        Set<MilestoneKind> recorded = EnumSet.noneOf(MilestoneKind.class);
        app.ports().milestones().findByHabit(ada, habit.id()).forEach(m -> recorded.add(m.kind()));
        return checkpoint != null && checkpoint.appliesTo(habit, app.ports().pauses().findAll(ada), DayOfWeek.MONDAY,
                today) && recorded.size() >= MilestoneKind.values().length - (habit.commitmentDays().isEmpty() ? 1 : 0);
    }

    /**
     * The test's own view of the second fast path: a complete checkpoint the write keeps (its day before the tap's)
     * that says none of the kinds still missing was reached by its days.
     */
    private static boolean resumableWithMilestones(InMemoryApplication app, UserId ada, Habit habit, LocalDate today,
            LocalDate day) {
        ProgressCheckpoint checkpoint = app.ports().checkpoints().findAll(ada).get(habit.id());
        if (checkpoint == null || checkpoint.reached().isEmpty() || !day.isAfter(checkpoint.readsAfter())
                || checkpoint.isStaleOn(today)
                || !checkpoint.appliesTo(habit, app.ports().pauses().findAll(ada), DayOfWeek.MONDAY, today)) {
            return false;
        }
        Set<MilestoneKind> missing = EnumSet.allOf(MilestoneKind.class);
        if (habit.commitmentDays().isEmpty()) {
            missing.remove(MilestoneKind.COMMITMENT_COMPLETED);
        }
        app.ports().milestones().findByHabit(ada, habit.id()).forEach(m -> missing.remove(m.kind()));
        return !missing.isEmpty() && missing.stream().noneMatch(kind -> checkpoint.reached().get().reached(kind, habit));
    }

    private static Schedule schedule(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new Schedule.Daily();
            case 1 -> new Schedule.Weekdays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.SATURDAY));
            case 2 -> new Schedule.TimesPerWeek(1 + random.nextInt(7));
            case 3 -> new Schedule.TimesPerMonth(1 + random.nextInt(28));
            default -> {
                int days = 1 + random.nextInt(random.nextBoolean() ? 7 : 30);
                yield new Schedule.TimesPerWindow(1 + random.nextInt(days), days);
            }
        };
    }

    private static Goal goal(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> new Goal.YesNo();
            case 1 -> new Goal.Measured(new BigDecimal("10"), "pages", Goal.Direction.AT_LEAST);
            default -> new Goal.Measured(new BigDecimal("10"), "minutes", Goal.Direction.AT_MOST);
        };
    }

    private static CheckIn checkIn(Random random, Habit habit, Goal goal, LocalDate day) {
        if (random.nextInt(8) == 0) {
            return new CheckIn(habit.id(), day, CheckInStatus.SKIPPED, Optional.empty(), "");
        }
        Optional<BigDecimal> amount = goal instanceof Goal.Measured
                ? Optional.of(BigDecimal.valueOf(random.nextInt(random.nextInt(5) == 0 ? 30 : 12)))
                : Optional.empty();
        return new CheckIn(habit.id(), day, CheckInStatus.DONE, amount, "");
    }
}
