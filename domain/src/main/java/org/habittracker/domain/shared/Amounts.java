package org.habittracker.domain.shared;

import java.math.BigDecimal;

/** The limits of a measured amount or target: zero or more, at most a billion of its unit. */
public final class Amounts {
    /** No real habit counts past a billion of its unit; the bound keeps every sum of amounts exact. */
    public static final BigDecimal MAX = BigDecimal.valueOf(1_000_000_000L);

    private Amounts() {
    }

    public static BigDecimal check(BigDecimal value, String field) {
        Check.notNull(value, field);
        if (value.signum() < 0) {
            throw InvalidInputException.of(field, "negative", "must be zero or more");
        }
        if (value.compareTo(MAX) > 0) {
            throw InvalidInputException.of(field, "too_large", "must be at most " + MAX.toPlainString());
        }
        return value;
    }
}
