package org.habittracker.domain.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.InvalidInputException;

/**
 * A habit's one reminder: a wall-clock time of the owner's day (whole minutes) on chosen weekdays, and perhaps a
 * snooze that replaces the rest of one day's sends. When it is due is {@link ReminderSchedule}'s rule.
 */
public record Reminder(HabitId habitId, LocalTime time, Set<DayOfWeek> days, Optional<Snooze> snooze) {
    public static final int MIN_SNOOZE_MINUTES = 1;
    public static final int MAX_SNOOZE_MINUTES = 720;
    public static final int DEFAULT_SNOOZE_MINUTES = 10;

    public Reminder {
        Check.notNull(habitId, "habitId");
        Check.notNull(snooze, "snooze");
        Set<DayOfWeek> given = days;
        InvalidInputException.requireAll(() -> checkTime(time), () -> checkDays(given));
        days = Collections.unmodifiableSet(EnumSet.copyOf(days)); // iterates Monday first
    }

    /** A reminder without a snooze. */
    public static Reminder of(HabitId habitId, LocalTime time, Set<DayOfWeek> days) {
        return new Reminder(habitId, time, days, Optional.empty());
    }

    /** The rule of the time: whole minutes, so that the minute scheduler can hit it. */
    public static LocalTime checkTime(LocalTime time) {
        Check.notNull(time, "time");
        if (!time.truncatedTo(ChronoUnit.MINUTES).equals(time)) {
            throw InvalidInputException.of("time", "format", "must be whole minutes (HH:mm)");
        }
        return time;
    }

    /** At least one weekday; all seven is every day. */
    public static Set<DayOfWeek> checkDays(Set<DayOfWeek> days) {
        Check.notNull(days, "days");
        if (days.isEmpty()) {
            throw InvalidInputException.of("days", "required", "must name at least one day of the week");
        }
        return days;
    }

    /** The rule of a snooze's length, in minutes. */
    public static int checkSnoozeMinutes(int minutes) {
        return Check.between(minutes, MIN_SNOOZE_MINUTES, MAX_SNOOZE_MINUTES, "minutes");
    }

    public boolean remindsOn(DayOfWeek day) {
        return days.contains(day);
    }

    public Reminder withSnooze(Snooze newSnooze) {
        return new Reminder(habitId, time, days, Optional.of(newSnooze));
    }

    public Reminder withoutSnooze() {
        return new Reminder(habitId, time, days, Optional.empty());
    }

    /**
     * A snooze until {@code until}, asked on the owner's {@code day}: it replaces that day's remaining send.
     *
     * @param day the owner's day when the snooze was asked for, not the day {@code until} falls in (a snooze at
     *            23:55 for ten minutes must not swallow the next day's reminder)
     */
    public record Snooze(Instant until, LocalDate day) {
        public Snooze {
            Check.notNull(until, "until");
            Check.notNull(day, "day");
        }
    }
}
