package org.habittracker.domain.shared;

import java.time.LocalDate;

/** The calendar limits every day in the product respects. */
public final class Dates {
    /** Days before this are refused: nobody tracked habits here before 2000, and it bounds every loop. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private Dates() {
    }

    public static LocalDate notBeforeEarliest(LocalDate day, String field) {
        Check.notNull(day, field);
        if (day.isBefore(EARLIEST)) {
            throw InvalidInputException.of(field, "too_early", "must be on or after " + EARLIEST);
        }
        return day;
    }
}
