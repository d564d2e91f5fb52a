package org.habittracker.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants cross the driver as {@link OffsetDateTime} in UTC, which pgjdbc maps to {@code timestamptz}
 * exactly; a {@code java.sql.Timestamp} would go through the JVM's default zone on the way.
 */
final class Timestamps {
    private Timestamps() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
