package org.habittracker.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.shared.FieldViolation;

/**
 * The rules a check-in must meet against its habit and its owner's today, beyond what the check-in
 * itself checks. Shared by recording one check-in and by importing many.
 */
final class CheckIns {
    private CheckIns() {
    }

    /**
     * @param prefix put before each field name, such as {@code habits[2].checkIns[5].}
     * @return the violations, empty when the check-in may be recorded
     */
    static List<FieldViolation> violations(Goal goal, LocalDate day, CheckInStatus status,
            Optional<BigDecimal> amount, LocalDate today, String prefix) {
        List<FieldViolation> violations = new ArrayList<>();
        if (day.isAfter(today)) {
            violations.add(new FieldViolation(prefix + "day", "future", "must not be after today (" + today + ")"));
        }
        boolean measured = goal instanceof Goal.Measured;
        if (status == CheckInStatus.DONE && measured && amount.isEmpty()) {
            violations.add(new FieldViolation(prefix + "amount", "required", "is required for a measured habit"));
        }
        if (amount.isPresent() && !measured) {
            violations.add(new FieldViolation(prefix + "amount", "not_allowed", "a yes/no habit takes no amount"));
        }
        if (amount.isPresent() && measured && status == CheckInStatus.SKIPPED) {
            violations.add(new FieldViolation(prefix + "amount", "not_allowed", "a skipped day takes no amount"));
        }
        return violations;
    }
}
