package org.habittracker.domain.checkin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.shared.Check;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;

/**
 * Rules a check-in must meet that depend on more than its own fields: the owner's today and the
 * habit's goal. The one home of these rules: recording a check-in and importing many both ask here.
 */
public final class CheckInRules {
    private CheckInRules() {
    }

    /**
     * Every rule the check-in breaks, fields named as the check-in's own ({@code day}, {@code amount}):
     * <ul>
     * <li>a day after the owner's today ({@code in_future});</li>
     * <li>a DONE of a measured goal without its amount ({@code required});</li>
     * <li>an amount on a yes/no goal ({@code not_measured}) or on a skipped day ({@code skipped}),
     * refused rather than silently dropped.</li>
     * </ul>
     *
     * @return empty when the check-in may be recorded
     */
    public static List<FieldViolation> violations(CheckIn checkIn, Goal goal, LocalDate today) {
        Check.notNull(checkIn, "checkIn");
        Check.notNull(goal, "goal");
        Check.notNull(today, "today");
        List<FieldViolation> violations = new ArrayList<>();
        if (checkIn.day().isAfter(today)) {
            violations.add(new FieldViolation("day", "in_future", "must not be after today (" + today + ")"));
        }
        boolean hasAmount = checkIn.amount().isPresent();
        switch (goal) {
            case Goal.Measured measured -> {
                if (checkIn.status() == CheckInStatus.DONE && !hasAmount) {
                    violations.add(new FieldViolation("amount", "required", "is required for a measured habit"));
                }
                if (checkIn.status() == CheckInStatus.SKIPPED && hasAmount) {
                    violations.add(new FieldViolation("amount", "skipped", "a skipped day takes no amount"));
                }
            }
            case Goal.YesNo yesNo -> {
                if (hasAmount) {
                    violations.add(new FieldViolation("amount", "not_measured", "a yes/no habit takes no amount"));
                }
            }
        }
        return violations;
    }

    /** @throws InvalidInputException naming every rule of {@link #violations} the check-in breaks */
    public static CheckIn require(CheckIn checkIn, Goal goal, LocalDate today) {
        List<FieldViolation> violations = violations(checkIn, goal, today);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return checkIn;
    }
}
