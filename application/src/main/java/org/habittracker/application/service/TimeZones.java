package org.habittracker.application.service;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Locale;
import org.habittracker.domain.shared.InvalidInputException;

/** Parses the user-supplied names of time zones and week days, naming the field when they are wrong. */
final class TimeZones {
    private TimeZones() {
    }

    /** An IANA region such as {@code Europe/Berlin}; fixed offsets and {@code UTC} are accepted too. */
    static ZoneId zone(String name, String field) {
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "format", "must be an IANA time zone such as Europe/Berlin");
        }
    }

    static DayOfWeek weekDay(String name, String field) {
        try {
            return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "format", "must be a day of the week such as MONDAY");
        }
    }
}
