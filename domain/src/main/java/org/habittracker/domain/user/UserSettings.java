package org.habittracker.domain.user;

import java.time.DayOfWeek;
import java.time.ZoneId;
import org.habittracker.domain.shared.Check;

/**
 * How a user's days are cut: their IANA time zone, the hour (0–5) at which a new day starts for them,
 * and the first day of their calendar week.
 */
public record UserSettings(ZoneId timeZone, int dayStartHour, DayOfWeek weekStart) {
    public static final int MAX_DAY_START_HOUR = 5;

    public UserSettings {
        Check.notNull(timeZone, "timeZone");
        checkDayStartHour(dayStartHour);
        Check.notNull(weekStart, "weekStart");
    }

    /** The one home of the rule: a day starts at 0–{@value #MAX_DAY_START_HOUR} o'clock. */
    public static int checkDayStartHour(int hour) {
        return Check.between(hour, 0, MAX_DAY_START_HOUR, "dayStartHour");
    }

    public static UserSettings defaultsFor(ZoneId timeZone) {
        return new UserSettings(timeZone, 0, DayOfWeek.MONDAY);
    }

    public UserDay userDay() {
        return new UserDay(timeZone, dayStartHour);
    }
}
