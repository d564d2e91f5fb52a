package org.habittracker.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The calendar limits every stored day and instant respects: the one home of that rule. The readers of
 * requests and files ask here, so a far date ({@code +999999999-01-01}) is a fault naming its field
 * rather than a database error, and {@link LocalDate#MAX} (which the PostgreSQL driver sends as
 * {@code infinity}) can never reach a query.
 */
public final class Dates {
    /** Days before this are refused: nobody tracked habits here before 2000, and it bounds every loop. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The last day with a four-digit year: what PostgreSQL, JSON readers and people all spell alike. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** The last instant of {@link #LATEST} in UTC. */
    public static final Instant LATEST_INSTANT = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .minusNanos(1);

    private Dates() {
    }

    /** @return the day, when {@link #EARLIEST} ≤ day ≤ {@link #LATEST} */
    public static LocalDate storable(LocalDate day, String field) {
        Check.notNull(day, field);
        if (day.isBefore(EARLIEST)) {
            throw InvalidInputException.of(field, "too_early", "must be on or after " + EARLIEST);
        }
        if (day.isAfter(LATEST)) {
            throw InvalidInputException.of(field, "too_late", "must be on or before " + LATEST);
        }
        return day;
    }

    /** @return the instant, when it falls on a day (UTC) that {@link #storable(LocalDate, String)} takes */
    public static Instant storable(Instant instant, String field) {
        Check.notNull(instant, field);
        if (instant.isBefore(EARLIEST_INSTANT)) {
            throw InvalidInputException.of(field, "too_early", "must be on or after " + EARLIEST_INSTANT);
        }
        if (instant.isAfter(LATEST_INSTANT)) {
            throw InvalidInputException.of(field, "too_late", "must be on or before " + LATEST);
        }
        return instant;
    }
}
