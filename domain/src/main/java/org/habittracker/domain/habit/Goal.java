package org.habittracker.domain.habit;

import java.math.BigDecimal;
import java.util.Optional;
import org.habittracker.domain.shared.Amounts;
import org.habittracker.domain.shared.Check;

/** What counts as doing a habit on a day. */
public sealed interface Goal {

    /** Whether a DONE check-in with this amount meets the goal. */
    boolean isMetBy(Optional<BigDecimal> amount);

    /** Done or not done. */
    record YesNo() implements Goal {
        @Override
        public boolean isMetBy(Optional<BigDecimal> amount) {
            return true;
        }
    }

    /** A measured amount, at least or at most a target (for example ≥ 20 pages, ≤ 2 coffees). */
    record Measured(BigDecimal target, String unit, Direction direction) implements Goal {
        public static final int MAX_UNIT_LENGTH = 20;

        public Measured {
            Amounts.check(target, "goal.target");
            unit = checkUnit(unit);
            Check.notNull(direction, "goal.direction");
        }

        /** @return the unit trimmed, at most {@value #MAX_UNIT_LENGTH} characters (the one home of that rule) */
        public static String checkUnit(String unit) {
            Check.notNull(unit, "goal.unit");
            return Check.length(unit.strip(), 0, MAX_UNIT_LENGTH, "goal.unit");
        }

        @Override
        public boolean isMetBy(Optional<BigDecimal> amount) {
            return amount.map(value -> switch (direction) {
                case AT_LEAST -> value.compareTo(target) >= 0;
                case AT_MOST -> value.compareTo(target) <= 0;
            }).orElse(false);
        }
    }

    enum Direction {
        AT_LEAST, AT_MOST
    }
}
