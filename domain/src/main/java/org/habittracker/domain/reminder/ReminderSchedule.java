package org.habittracker.domain.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.user.UserDay;

/**
 * When a reminder is due: the pure rule, from the reminder, the owner's {@link UserDay} (time zone and day-start
 * hour) and an instant.
 *
 * <p><b>Which calendar date a time belongs to.</b> The owner's day {@code D} runs from {@code dayStartHour}
 * o'clock on calendar date {@code D} to {@code dayStartHour} o'clock on {@code D+1} (wall clock). A reminder
 * time at or after the day-start hour falls on calendar date {@code D}; a time before it falls on {@code D+1}.
 * So with a 02:00 day start, a 01:30 reminder "on Monday" rings at 01:30 on calendar Tuesday, and the weekdays
 * the reminder names are the owner's days, never calendar dates. Each owner's day has at most one regular send.
 *
 * <p><b>Daylight saving.</b> A wall-clock time the clocks skip (the spring gap) rings at the first instant after
 * the gap, when the clock jumps (02:30 in Berlin's gap rings at 03:00 CEST); a time before the day start in a
 * gap at the end of the night therefore rings at the very instant the next owner's day begins, still as the
 * earlier day's send. A time that happens twice (the
 * autumn overlap) rings once, at the earlier of the two. Time zones with 30-minute shifts (Lord Howe) or a whole
 * skipped date (Apia, 30 December 2011) follow the same two rules, except that a date skipped whole has no send
 * (the instant after its gap is already the next date's).
 *
 * <p><b>Snooze.</b> A snooze until {@code S}, asked on the owner's day {@code D}, is the next send whatever
 * else; after it, the next regular send is the first on an owner's day after {@code D}. So it replaces what was
 * left of day {@code D}'s sends and no more.
 */
public final class ReminderSchedule {

    private ReminderSchedule() {
    }

    /** Which send is due: the owner's day it is for and whether it is a snooze's. */
    public record Due(Instant at, LocalDate day, boolean snoozed) {
        public Due {
            Check.notNull(at, "at");
            Check.notNull(day, "day");
        }

        /**
         * Which send of the reminder this is, for the at-most-once record: one per owner's day, one per snooze
         * (the snooze's instant, so a second snooze the same day is a send of its own).
         */
        public String key() {
            return snoozed ? "snooze:" + at : "day:" + day;
        }
    }

    /** The instant of the regular send for the owner's {@code day} (whether or not the reminder names its weekday). */
    public static Instant occurrence(LocalTime time, LocalDate day, UserDay userDay) {
        Check.notNull(time, "time");
        Check.notNull(day, "day");
        LocalDate calendarDate = time.getHour() >= userDay.dayStartHour() ? day : day.plusDays(1);
        return resolve(calendarDate.atTime(time), userDay.zone());
    }

    /**
     * A date the zone skipped whole (Apia, 30 December 2011) has no send: the "first instant after the gap" would
     * be on the next date, which has its own.
     */
    private static boolean exists(LocalTime time, LocalDate day, Instant at, UserDay userDay) {
        LocalDate calendarDate = time.getHour() >= userDay.dayStartHour() ? day : day.plusDays(1);
        return at.atZone(userDay.zone()).toLocalDate().equals(calendarDate);
    }

    /**
     * A wall-clock time as an instant: the earlier one in an overlap, the end of the gap (the instant the clock
     * jumps, not {@code ZonedDateTime}'s "shift by the gap's length") in a gap.
     */
    static Instant resolve(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition gap = zone.getRules().getTransition(local);
        if (gap != null && gap.isGap()) {
            return gap.getInstant();
        }
        return local.atZone(zone).toInstant();
    }

    /**
     * The next send at or after {@code notBefore}: the snooze, if any; else the first regular send at or after
     * {@code notBefore} on a named weekday of an owner's day after {@code afterDay} (when given).
     */
    public static Due next(Reminder reminder, UserDay userDay, Instant notBefore, Optional<LocalDate> afterDay) {
        Check.notNull(reminder, "reminder");
        Check.notNull(userDay, "userDay");
        Check.notNull(notBefore, "notBefore");
        Check.notNull(afterDay, "afterDay");
        if (reminder.snooze().isPresent()) {
            Reminder.Snooze snooze = reminder.snooze().get();
            return new Due(snooze.until(), snooze.day(), true);
        }
        // A day's send lies inside that owner's day or at the very instant the next begins (a gap at the end of
        // its night), so no day before the one before notBefore's can qualify.
        LocalDate day = userDay.dayOf(notBefore).minusDays(1);
        if (afterDay.isPresent() && !day.isAfter(afterDay.get())) {
            day = afterDay.get().plusDays(1);
        }
        // One week always holds a named weekday; one more covers today's send being past or a skipped date.
        for (int i = 0; i < 15; i++, day = day.plusDays(1)) {
            if (reminder.remindsOn(day.getDayOfWeek())) {
                Instant at = occurrence(reminder.time(), day, userDay);
                if (!at.isBefore(notBefore) && exists(reminder.time(), day, at, userDay)) {
                    return new Due(at, day, false);
                }
            }
        }
        throw new IllegalStateException("no send within two weeks: " + reminder);
    }

    /** The next send after an edit, a snooze or a change of the owner's days, seen at {@code now}. */
    public static Due next(Reminder reminder, UserDay userDay, Instant now) {
        return next(reminder, userDay, now, Optional.empty());
    }

    /**
     * The next send once {@code handled} has been dealt with at {@code now} (sent or not): a snooze is over, and
     * the regular sends go on from the first owner's day after the handled one's.
     */
    public static Due after(Reminder reminder, Due handled, UserDay userDay, Instant now) {
        return next(reminder.withoutSnooze(), userDay, now, Optional.of(handled.day()));
    }
}
