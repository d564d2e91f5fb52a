package org.habittracker.adapters.lambda.json;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers look on the wire: amounts without trailing zeros, scores to one decimal as the board shows them. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    public static double score(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    public static double rate(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
