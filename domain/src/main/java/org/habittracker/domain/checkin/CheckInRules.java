package org.habittracker.domain.checkin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.Dates;
import org.habittracker.domain.shared.InvalidInputException;

/**
 * Rules a check-in must meet that depend on more than its own fields: the user's today and the
 * habit's goal. The application calls these before it records anything.
 */
public final class CheckInRules {
    private CheckInRules() {
    }

    /** Refuses a day after the user's today (field {@code day}, code {@code in_future}). */
    public static LocalDate requireNotAfter(LocalDate day, LocalDate today) {
        Check.notNull(day, "day");
        Check.notNull(today, "today");
        if (day.isAfter(today)) {
            throw InvalidInputException.of("day", "in_future", "must not be after today (" + today + ")");
        }
        return day;
    }

    /** A day a check-in may be recorded for: from {@link Dates#EARLIEST} to the user's today. */
    public static LocalDate requireRecordable(LocalDate day, LocalDate today) {
        Dates.notBeforeEarliest(day, "day");
        return requireNotAfter(day, today);
    }

    /**
     * A DONE check-in of a measured goal needs its amount (field {@code amount}, code {@code required});
     * a yes/no goal takes none (code {@code not_measured}), so nothing recorded is silently dropped.
     * A skip may carry an amount or not.
     */
    public static void requireAmountFits(Goal goal, CheckInStatus status, Optional<BigDecimal> amount) {
        Check.notNull(goal, "goal");
        Check.notNull(status, "status");
        Check.notNull(amount, "amount");
        switch (goal) {
            case Goal.Measured measured -> {
                if (status == CheckInStatus.DONE && amount.isEmpty()) {
                    throw InvalidInputException.of("amount", "required", "is required for a measured habit");
                }
            }
            case Goal.YesNo yesNo -> {
                if (amount.isPresent()) {
                    throw InvalidInputException.of("amount", "not_measured", "must be empty for a yes/no habit");
                }
            }
        }
    }
}
