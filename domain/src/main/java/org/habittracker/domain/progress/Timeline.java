package org.habittracker.domain.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Habit;

/**
 * The raw facts of one habit laid out as arrays indexed by day, from its first day (index 0) to today
 * (index {@code length - 1}). Built in one pass over the check-ins, with no sorting: each check-in
 * lands in its day's slot, so every later step is a plain walk over arrays.
 */
final class Timeline {
    final LocalDate firstDay;
    final LocalDate today;
    final int length;
    /** DONE and the goal met. */
    final boolean[] satisfied;
    /** A SKIPPED check-in. */
    final boolean[] skipped;
    /** Covered by a pause of this habit or of all the owner's habits. */
    final boolean[] paused;
    /**
     * The amount of a DONE check-in in millionths, 0 when there is none; empty for a yes/no goal. Whole
     * numbers keep the rolling sums of the measured score exact: a double sum would drift and could
     * turn "nothing" into 1e-17.
     */
    final long[] doneMicros;
    private final long firstEpochDay;
    private final List<Pause> pauses;
    private CheckIn todayCheckIn;

    private Timeline(LocalDate firstDay, LocalDate today, List<Pause> pauses, boolean measured) {
        this.firstDay = firstDay;
        this.today = today;
        this.firstEpochDay = firstDay.toEpochDay();
        this.length = (int) Math.max(0, today.toEpochDay() - firstEpochDay + 1);
        this.satisfied = new boolean[length];
        this.skipped = new boolean[length];
        this.paused = new boolean[length];
        this.doneMicros = new long[measured ? length : 0];
        this.pauses = pauses;
    }

    /**
     * Lays out {@code habit}'s check-ins and pauses. Check-ins of other habits and after {@code today}
     * are left out; so are pauses of other owners or other habits. When two check-ins share a day, the
     * later one in the list wins, as recording again replaces.
     */
    static Timeline of(Habit habit, List<CheckIn> checkIns, List<Pause> pauses, LocalDate today) {
        LocalDate first = habit.startDate();
        for (CheckIn checkIn : checkIns) {
            if (counts(habit, checkIn, today) && checkIn.day().isBefore(first)) {
                first = checkIn.day();
            }
        }
        return layout(habit, first, checkIns, pauses, today);
    }

    /**
     * As {@link #of}, for the days after a checkpoint only: the timeline starts on {@code first} whatever the
     * habit's start, and check-ins before it are left out.
     */
    static Timeline from(LocalDate first, Habit habit, List<CheckIn> checkIns, List<Pause> pauses, LocalDate today) {
        List<CheckIn> later = new ArrayList<>(checkIns.size());
        for (CheckIn checkIn : checkIns) {
            if (!checkIn.day().isBefore(first)) {
                later.add(checkIn);
            }
        }
        return layout(habit, first, later, pauses, today);
    }

    private static Timeline layout(Habit habit, LocalDate first, List<CheckIn> checkIns, List<Pause> pauses,
            LocalDate today) {
        List<Pause> applicable = new ArrayList<>();
        for (Pause pause : pauses) {
            if (pause.owner().equals(habit.owner()) && pause.appliesTo(habit.id())) {
                applicable.add(pause);
            }
        }
        Timeline timeline = new Timeline(first, today, List.copyOf(applicable), habit.goal() instanceof Goal.Measured);
        for (CheckIn checkIn : checkIns) {
            if (counts(habit, checkIn, today)) {
                timeline.place(checkIn, habit);
            }
        }
        for (Pause pause : applicable) {
            timeline.markPaused(pause);
        }
        return timeline;
    }

    private static boolean counts(Habit habit, CheckIn checkIn, LocalDate today) {
        return checkIn.habitId().equals(habit.id()) && !checkIn.day().isAfter(today);
    }

    private void place(CheckIn checkIn, Habit habit) {
        int i = indexOf(checkIn.day());
        boolean done = checkIn.status() == CheckInStatus.DONE;
        satisfied[i] = done && habit.goal().isMetBy(checkIn.amount());
        skipped[i] = !done;
        if (doneMicros.length > 0) {
            doneMicros[i] = done ? checkIn.amount().map(Timeline::micros).orElse(0L) : 0L;
        }
        if (i == length - 1) {
            todayCheckIn = checkIn;
        }
    }

    /** {@code amount} in millionths, rounded half up; amounts are bounded by {@link org.habittracker.domain.shared.Amounts#MAX}. */
    static long micros(BigDecimal amount) {
        return amount.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private void markPaused(Pause pause) {
        long from = Math.max(0, pause.from().toEpochDay() - firstEpochDay);
        long to = Math.min(length - 1L, pause.to().toEpochDay() - firstEpochDay);
        for (long i = from; i <= to; i++) {
            paused[(int) i] = true;
        }
    }

    /** The pauses that apply to the habit. */
    List<Pause> pauses() {
        return pauses;
    }

    Optional<CheckIn> todayCheckIn() {
        return Optional.ofNullable(todayCheckIn);
    }

    /** Whether today has a DONE check-in, goal met or not. */
    boolean doneToday() {
        return todayCheckIn != null && todayCheckIn.status() == CheckInStatus.DONE;
    }

    int indexOf(LocalDate day) {
        return (int) (day.toEpochDay() - firstEpochDay);
    }

    LocalDate dayAt(int index) {
        return LocalDate.ofEpochDay(firstEpochDay + index);
    }

    DayOfWeek weekdayAt(int index) {
        return firstDay.getDayOfWeek().plus(index);
    }

    /** Whether a pause covers {@code day}, which may lie after today (pauses are planned ahead). */
    boolean pausedOn(LocalDate day) {
        for (Pause pause : pauses) {
            if (pause.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** Skipped or paused and not satisfied: a day the user was excused from by their own word. */
    boolean excusedByUser(int index) {
        return !satisfied[index] && (skipped[index] || paused[index]);
    }
}
