package org.habittracker.domain.shared;

import java.math.BigDecimal;

/**
 * The limits of a measured amount or target: zero or more, at most a billion of its unit, at most
 * {@value #MAX_DECIMALS} decimal places. The one home of these rules for every edge and every value.
 */
public final class Amounts {
    /** No real habit counts past a billion of its unit; the bound keeps every sum of amounts exact. */
    public static final BigDecimal MAX = BigDecimal.valueOf(1_000_000_000L);
    /**
     * A thousandth of a unit is finer than anyone measures (Loop keeps thousandths too); the bound also
     * keeps {@code 1e-999999999}, which is valid JSON, out of the database and the answers.
     */
    public static final int MAX_DECIMALS = 3;

    private Amounts() {
    }

    public static BigDecimal check(BigDecimal value, String field) {
        Check.notNull(value, field);
        if (value.signum() < 0) {
            throw InvalidInputException.of(field, "negative", "must be zero or more");
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw InvalidInputException.of(field, "decimals", "must have at most " + MAX_DECIMALS + " decimal places");
        }
        if (value.compareTo(MAX) > 0) {
            throw InvalidInputException.of(field, "too_large", "must be at most " + MAX.toPlainString());
        }
        return value;
    }
}
