package org.habittracker.domain.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckInRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Goal PAGES = new Goal.Measured(BigDecimal.TEN, "pages", Goal.Direction.AT_LEAST);

    private static FieldViolation violationOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().getFirst();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    @DisplayName("a check-in for tomorrow is refused on the field day")
    void tomorrowRefused() {
        FieldViolation violation = violationOf(() -> CheckInRules.requireNotAfter(TODAY.plusDays(1), TODAY));

        assertThat(violation.field()).isEqualTo("day");
        assertThat(violation.code()).isEqualTo("in_future");
    }

    @Test
    @DisplayName("a check-in for today or before is allowed")
    void todayAllowed() {
        assertThat(CheckInRules.requireNotAfter(TODAY, TODAY)).isEqualTo(TODAY);
        assertThat(CheckInRules.requireRecordable(TODAY.minusYears(3), TODAY)).isEqualTo(TODAY.minusYears(3));
    }

    @Test
    @DisplayName("a check-in before 2000 is refused on the field day")
    void beforeEarliestRefused() {
        FieldViolation violation = violationOf(() -> CheckInRules.requireRecordable(LocalDate.of(1999, 12, 31), TODAY));

        assertThat(violation.field()).isEqualTo("day");
        assertThat(violation.code()).isEqualTo("too_early");
    }

    @Test
    @DisplayName("a measured habit done without an amount is refused on the field amount")
    void measuredNeedsAmount() {
        FieldViolation violation = violationOf(
                () -> CheckInRules.requireAmountFits(PAGES, CheckInStatus.DONE, Optional.empty()));

        assertThat(violation).isEqualTo(new FieldViolation("amount", "required", "is required for a measured habit"));
    }

    @Test
    @DisplayName("a yes/no habit with an amount is refused on the field amount")
    void yesNoTakesNoAmount() {
        FieldViolation violation = violationOf(
                () -> CheckInRules.requireAmountFits(new Goal.YesNo(), CheckInStatus.DONE, Optional.of(BigDecimal.ONE)));

        assertThat(violation.code()).isEqualTo("not_measured");
    }

    @Test
    @DisplayName("a skip needs no amount, and a measured amount fits")
    void fittingAmounts() {
        CheckInRules.requireAmountFits(PAGES, CheckInStatus.SKIPPED, Optional.empty());
        CheckInRules.requireAmountFits(PAGES, CheckInStatus.DONE, Optional.of(BigDecimal.ONE));
        CheckInRules.requireAmountFits(new Goal.YesNo(), CheckInStatus.DONE, Optional.empty());
        assertThatThrownBy(() -> CheckInRules.requireAmountFits(PAGES, CheckInStatus.DONE, Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
    }
}
