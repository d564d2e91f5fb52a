package org.habittracker.domain.user;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.InvalidInputException;

/** The one reading of a user-supplied time-zone name, for every edge and service that takes one. */
public final class TimeZones {
    private TimeZones() {
    }

    /**
     * An IANA region such as {@code Europe/Berlin}; fixed offsets and {@code UTC} are accepted too, as
     * {@link ZoneId#of} takes them. Surrounding white space is ignored.
     *
     * @throws InvalidInputException on {@code field}, code {@code unknown_zone}
     */
    public static ZoneId parse(String name, String field) {
        Check.notNull(name, field);
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "unknown_zone", "must be an IANA time zone such as Europe/Berlin");
        }
    }
}
