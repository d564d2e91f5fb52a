package org.habittracker.adapters.lambda.json;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.habittracker.domain.shared.InvalidInputException;

/** IANA zone names only: {@code Europe/Berlin} yes, {@code +02:00} and {@code CET}-style abbreviations as Java allows them. */
public final class TimeZones {

    private TimeZones() {
    }

    public static ZoneId parse(String value, String field) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "unknown_zone", "must be an IANA time zone such as Europe/Berlin");
        }
    }
}
