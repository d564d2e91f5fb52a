package org.habittracker.domain.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Habit;

/**
 * The analysis of one habit's days up to today: day states, streaks, score, milestones and statistics.
 * Built once from the habit's check-ins (any order) and the pauses that apply to it; every query
 * answers from that one pass.
 */
public final class HabitProgress {

    /**
     * @param checkIns  the habit's check-ins; days after {@code today} are ignored
     * @param pauses    pauses of the owner; those for other habits are ignored
     * @param today     the owner's today ({@link org.habittracker.domain.user.UserDay})
     * @param weekStart first day of the owner's calendar week (for {@code TimesPerWeek})
     */
    public static HabitProgress analyse(Habit habit, List<CheckIn> checkIns, List<Pause> pauses, LocalDate today,
            DayOfWeek weekStart) {
        throw new UnsupportedOperationException("TODO domain helper");
    }

    /** The state of each day in {@code from..to} (both included); days before the first day or after today are left out. */
    public List<DayRecord> days(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("TODO domain helper");
    }

    public HabitSummary summary() {
        throw new UnsupportedOperationException("TODO domain helper");
    }

    public HabitStatistics statistics() {
        throw new UnsupportedOperationException("TODO domain helper");
    }
}
