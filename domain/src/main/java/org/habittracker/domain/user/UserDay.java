package org.habittracker.domain.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.habittracker.domain.shared.Check;

/**
 * The user's notion of "which day is it": the local date in their time zone, where a day starts at
 * {@code dayStartHour} o'clock on the wall clock rather than at midnight. With a start hour of 3,
 * 01:30 still belongs to yesterday.
 *
 * <p>The shift is applied to the local wall-clock time, not to the instant, so that on a DST day a
 * night owl's day still ends at 03:00 on the clock on the wall.
 */
public record UserDay(ZoneId zone, int dayStartHour) {
    public UserDay {
        Check.notNull(zone, "timeZone");
        UserSettings.checkDayStartHour(dayStartHour);
    }

    /** The user's day that contains {@code instant}. */
    public LocalDate dayOf(Instant instant) {
        Check.notNull(instant, "instant");
        return instant.atZone(zone).toLocalDateTime().minusHours(dayStartHour).toLocalDate();
    }

    /**
     * The first instant of the user's {@code day}: {@code dayStartHour} o'clock on the wall clock. When
     * that hour does not exist (a DST gap) the day starts when the clock jumps; when it happens twice
     * (the hour the clocks go back) it starts at the first. So the day lasts 23 or 25 hours around DST.
     */
    public Instant startOf(LocalDate day) {
        Check.notNull(day, "day");
        return ZonedDateTime.of(day.atTime(dayStartHour, 0), zone).toInstant();
    }
}
