package org.habittracker.domain.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.user.UserId;

/**
 * Builds habits and check-ins for the progress tests. Days are mostly given as Loop's tests give them:
 * an offset back from {@link #TODAY} ({@code day(3)} is three days ago).
 */
final class Fixtures {
    /** A Sunday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final UserId OWNER = new UserId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    static final HabitId HABIT = new HabitId(UUID.fromString("00000000-0000-7000-8000-0000000000aa"));
    static final Goal YES_NO = new Goal.YesNo();
    static final Schedule DAILY = new Schedule.Daily();

    private Fixtures() {
    }

    static LocalDate day(int daysAgo) {
        return TODAY.minusDays(daysAgo);
    }

    static Habit habit(Schedule schedule, Goal goal, LocalDate start) {
        return habit(schedule, goal, start, OptionalInt.empty());
    }

    static Habit habit(Schedule schedule, Goal goal, LocalDate start, OptionalInt commitmentDays) {
        return new Habit(HABIT, OWNER, "Read", "", new HexColor("#00897b"), Optional.empty(), schedule, goal, start,
                commitmentDays, false, 0, Instant.parse("2026-01-01T00:00:00Z"));
    }

    static Goal atLeast(String target) {
        return new Goal.Measured(new BigDecimal(target), "miles", Goal.Direction.AT_LEAST);
    }

    static Goal atMost(String target) {
        return new Goal.Measured(new BigDecimal(target), "coffees", Goal.Direction.AT_MOST);
    }

    static CheckIn done(int daysAgo) {
        return CheckIn.done(HABIT, day(daysAgo));
    }

    static CheckIn done(LocalDate day) {
        return CheckIn.done(HABIT, day);
    }

    static CheckIn amount(int daysAgo, String amount) {
        return CheckIn.done(HABIT, day(daysAgo), new BigDecimal(amount));
    }

    static CheckIn skip(int daysAgo) {
        return CheckIn.skipped(HABIT, day(daysAgo));
    }

    /** DONE on every day from {@code fromDaysAgo} (included) back to {@code toDaysAgo} (excluded), as Loop's {@code check(from, to)}. */
    static List<CheckIn> doneRange(int fromDaysAgo, int toDaysAgo) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = fromDaysAgo; i < toDaysAgo; i++) {
            checkIns.add(done(i));
        }
        return checkIns;
    }

    static List<CheckIn> amountRange(int fromDaysAgo, int toDaysAgo, String amount) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = fromDaysAgo; i < toDaysAgo; i++) {
            checkIns.add(amount(i, amount));
        }
        return checkIns;
    }

    static Pause pauseAll(LocalDate from, LocalDate to) {
        return new Pause(new PauseId(UUID.randomUUID()), OWNER, Optional.empty(), from, to);
    }

    static Pause pauseHabit(HabitId habit, LocalDate from, LocalDate to) {
        return new Pause(new PauseId(UUID.randomUUID()), OWNER, Optional.of(habit), from, to);
    }

    static HabitProgress analyse(Habit habit, List<CheckIn> checkIns) {
        return analyse(habit, checkIns, List.of());
    }

    static HabitProgress analyse(Habit habit, List<CheckIn> checkIns, List<Pause> pauses) {
        return HabitProgress.analyse(habit, checkIns, pauses, TODAY, DayOfWeek.MONDAY);
    }

    /** The score (0–1, as Loop states it) at the end of each day of the history. */
    static Map<LocalDate, Double> scoresByDay(HabitProgress progress) {
        Map<LocalDate, Double> scores = new HashMap<>();
        for (DailyScore score : progress.statistics().scoreSeries()) {
            scores.put(score.day(), score.score() / 100);
        }
        return scores;
    }

    /** The states of the days {@code daysAgo}, in the order given. */
    static List<DayState> statesOf(HabitProgress progress, int... daysAgo) {
        List<DayState> states = new ArrayList<>();
        for (int offset : daysAgo) {
            states.add(progress.stateOn(day(offset)).orElseThrow(() -> new AssertionError("no day " + offset)));
        }
        return states;
    }
}
