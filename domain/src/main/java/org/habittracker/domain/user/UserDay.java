package org.habittracker.domain.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
        Check.between(dayStartHour, 0, UserSettings.MAX_DAY_START_HOUR, "dayStartHour");
    }

    /** The user's day that contains {@code instant}. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDateTime().minusHours(dayStartHour).toLocalDate();
    }
}
