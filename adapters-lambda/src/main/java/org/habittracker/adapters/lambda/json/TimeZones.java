package org.habittracker.adapters.lambda.json;

import java.time.ZoneId;

/** A body's time-zone name, read by the domain's one rule ({@link org.habittracker.domain.user.TimeZones}). */
public final class TimeZones {

    private TimeZones() {
    }

    public static ZoneId parse(String value, String field) {
        return org.habittracker.domain.user.TimeZones.parse(value, field);
    }
}
