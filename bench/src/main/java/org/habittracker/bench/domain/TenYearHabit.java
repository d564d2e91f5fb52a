package org.habittracker.bench.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.habit.HexColor;
import org.habittracker.domain.habit.Schedule;
import org.habittracker.domain.progress.HabitProgress;
import org.habittracker.domain.user.UserId;

/**
 * A daily yes/no habit kept for ten years the way people keep them: about 80 % of days done, some
 * skipped, the rest forgotten, and two vacations paused. Fixed seed, so every run sees the same data.
 *
 * @param checkIns sorted by day, as the repository returns them
 */
public record TenYearHabit(Habit habit, List<CheckIn> checkIns, List<Pause> pauses, LocalDate today,
        DayOfWeek weekStart) {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final int YEARS = 10;

    public static TenYearHabit build() {
        UserId owner = new UserId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
        HabitId id = new HabitId(UUID.fromString("00000000-0000-7000-8000-0000000000aa"));
        LocalDate start = TODAY.minusYears(YEARS);
        Habit habit = new Habit(id, owner, "Read", "20 pages", new HexColor("#00897b"), Optional.of("📚"),
                new Schedule.Daily(), new Goal.YesNo(), start, OptionalInt.of(365), false, 0,
                Instant.parse("2016-11-22T08:00:00Z"));
        List<Pause> pauses = List.of(
                new Pause(new PauseId(UUID.fromString("00000000-0000-7000-8000-0000000000c1")),
                        owner, Optional.empty(), LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 14)),
                new Pause(new PauseId(UUID.fromString("00000000-0000-7000-8000-0000000000c2")), owner, Optional.of(id),
                        LocalDate.of(2023, 12, 22), LocalDate.of(2024, 1, 2)));
        SplittableRandom random = new SplittableRandom(20261122L);
        List<CheckIn> checkIns = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(TODAY); day = day.plusDays(1)) {
            double roll = random.nextDouble();
            if (roll < 0.80) {
                checkIns.add(CheckIn.done(id, day));
            } else if (roll < 0.87) {
                checkIns.add(CheckIn.skipped(id, day));
            }
        }
        return new TenYearHabit(habit, List.copyOf(checkIns), pauses, TODAY, DayOfWeek.MONDAY);
    }

    public HabitProgress analyse() {
        return HabitProgress.analyse(habit, checkIns, pauses, today, weekStart);
    }
}
