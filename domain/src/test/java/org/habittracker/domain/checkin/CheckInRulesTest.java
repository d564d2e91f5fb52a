package org.habittracker.domain.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckInRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final HabitId HABIT = new HabitId(UUID.fromString("00000000-0000-7000-8000-0000000000aa"));
    private static final Goal PAGES = new Goal.Measured(BigDecimal.TEN, "pages", Goal.Direction.AT_LEAST);
    private static final Goal YES_NO = new Goal.YesNo();

    private static CheckIn skippedWith(BigDecimal amount) {
        return new CheckIn(HABIT, TODAY, CheckInStatus.SKIPPED, Optional.of(amount), "");
    }

    @Test
    @DisplayName("a check-in for tomorrow is refused on the field day, code in_future")
    void future() {
        assertThat(CheckInRules.violations(CheckIn.done(HABIT, TODAY.plusDays(1)), YES_NO, TODAY))
                .containsExactly(new FieldViolation("day", "in_future", "must not be after today (2026-11-22)"));
    }

    @Test
    @DisplayName("today and any day before it may be recorded")
    void todayAndBefore() {
        assertThat(CheckInRules.violations(CheckIn.done(HABIT, TODAY), YES_NO, TODAY)).isEmpty();
        assertThat(CheckInRules.violations(CheckIn.done(HABIT, TODAY.minusYears(3)), YES_NO, TODAY)).isEmpty();
    }

    @Test
    @DisplayName("a measured DONE without an amount is refused on amount, code required")
    void measuredNeedsAmount() {
        assertThat(CheckInRules.violations(CheckIn.done(HABIT, TODAY), PAGES, TODAY))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount", "required"));
    }

    @Test
    @DisplayName("a yes/no habit takes no amount: code not_measured")
    void yesNoTakesNoAmount() {
        assertThat(CheckInRules.violations(CheckIn.done(HABIT, TODAY, BigDecimal.ONE), YES_NO, TODAY))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount", "not_measured"));
    }

    @Test
    @DisplayName("a skipped day takes no amount, measured or not: code skipped on a measured habit")
    void skipTakesNoAmount() {
        assertThat(CheckInRules.violations(skippedWith(BigDecimal.ONE), PAGES, TODAY))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount", "skipped"));
        assertThat(CheckInRules.violations(skippedWith(BigDecimal.ONE), YES_NO, TODAY))
                .extracting(FieldViolation::code).containsExactly("not_measured");
    }

    @Test
    @DisplayName("a skip without an amount, a measured DONE with one and a yes/no DONE without one pass")
    void passes() {
        assertThat(CheckInRules.violations(CheckIn.skipped(HABIT, TODAY), PAGES, TODAY)).isEmpty();
        assertThat(CheckInRules.violations(CheckIn.done(HABIT, TODAY, BigDecimal.ONE), PAGES, TODAY)).isEmpty();
        assertThat(CheckInRules.violations(CheckIn.done(HABIT, TODAY), YES_NO, TODAY)).isEmpty();
    }

    @Test
    @DisplayName("a check-in breaking two rules names both, and require throws them together")
    void everyFault() {
        CheckIn both = CheckIn.done(HABIT, TODAY.plusDays(1));

        assertThatThrownBy(() -> CheckInRules.require(both, PAGES, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("day", "amount"));
    }
}
