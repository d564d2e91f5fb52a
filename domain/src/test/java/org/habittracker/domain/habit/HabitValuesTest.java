package org.habittracker.domain.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Habit, schedule, goal and colour refuse bad input, each naming the field at fault. */
class HabitValuesTest {

    private static void assertRefusedOn(String field, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field));
    }

    private static Habit habit(String name, LocalDate start, OptionalInt commitment) {
        return new Habit(new HabitId(UUID.randomUUID()), new UserId(UUID.randomUUID()), name, "", new HexColor("#00897B"),
                Optional.of(" "), new Schedule.Daily(), new Goal.YesNo(), start, commitment, false, 0, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    @DisplayName("a habit's name is trimmed and 1–100 characters; a blank emoji is none; colour kept lower-case")
    void habitNameAndEmoji() {
        Habit habit = habit("  Read  ", LocalDate.of(2026, 1, 1), OptionalInt.empty());
        assertThat(habit.name()).isEqualTo("Read");
        assertThat(habit.emoji()).isEmpty();
        assertThat(habit.color().value()).isEqualTo("#00897b");
        assertRefusedOn("name", () -> habit("   ", LocalDate.of(2026, 1, 1), OptionalInt.empty()));
        assertRefusedOn("name", () -> habit("x".repeat(101), LocalDate.of(2026, 1, 1), OptionalInt.empty()));
    }

    @Test
    @DisplayName("a commitment is 3–365 days and a start date is on or after 2000-01-01")
    void commitmentAndStart() {
        assertRefusedOn("commitmentDays", () -> habit("Read", LocalDate.of(2026, 1, 1), OptionalInt.of(2)));
        assertRefusedOn("commitmentDays", () -> habit("Read", LocalDate.of(2026, 1, 1), OptionalInt.of(366)));
        assertRefusedOn("startDate", () -> habit("Read", LocalDate.of(1999, 12, 31), OptionalInt.empty()));
    }

    @Test
    @DisplayName("a colour must look like #rrggbb")
    void colour() {
        assertRefusedOn("color", () -> new HexColor("teal"));
        assertRefusedOn("color", () -> new HexColor("#00897"));
    }

    @Test
    @DisplayName("schedules: times 1..days ≤ 365, at least one weekday, 1–7 a week, 1–31 a month")
    void schedules() {
        assertRefusedOn("schedule.times", () -> new Schedule.TimesPerWindow(4, 3));
        assertRefusedOn("schedule.days", () -> new Schedule.TimesPerWindow(1, 366));
        assertRefusedOn("schedule.days", () -> new Schedule.Weekdays(Set.of()));
        assertRefusedOn("schedule.times", () -> new Schedule.TimesPerWeek(8));
        assertRefusedOn("schedule.times", () -> new Schedule.TimesPerMonth(0));
    }

    @Test
    @DisplayName("a measured target is zero to a billion and its unit at most 20 characters")
    void measuredGoal() {
        assertRefusedOn("goal.target", () -> new Goal.Measured(new BigDecimal("-0.5"), "km", Goal.Direction.AT_LEAST));
        assertRefusedOn("goal.target",
                () -> new Goal.Measured(new BigDecimal("1000000001"), "km", Goal.Direction.AT_LEAST));
        assertRefusedOn("goal.unit", () -> new Goal.Measured(BigDecimal.ONE, "x".repeat(21), Goal.Direction.AT_MOST));
        assertRefusedOn("goal.direction", () -> new Goal.Measured(BigDecimal.ONE, "km", null));
    }

    @Test
    @DisplayName("a habit with several bad fields names every one of them at once")
    void everyFaultAtOnce() {
        assertThatThrownBy(() -> habit(" ", LocalDate.of(1999, 12, 31), OptionalInt.of(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("name", "startDate", "commitmentDays"));
    }

    @Test
    @DisplayName("a target has at most 3 decimal places, trailing zeros not counted")
    void targetDecimals() {
        assertRefusedOn("goal.target", () -> new Goal.Measured(new BigDecimal("0.0005"), "km", Goal.Direction.AT_LEAST));
        assertThat(new Goal.Measured(new BigDecimal("0.5000"), "km", Goal.Direction.AT_LEAST).target())
                .isEqualByComparingTo("0.5");
    }

    @Test
    @DisplayName("at least meets at or above the target, at most at or below it, neither without an amount")
    void goalsMetBy() {
        Goal atLeast = new Goal.Measured(new BigDecimal("20"), "pages", Goal.Direction.AT_LEAST);
        Goal atMost = new Goal.Measured(BigDecimal.ZERO, "coffees", Goal.Direction.AT_MOST);
        assertThat(atLeast.isMetBy(Optional.of(new BigDecimal("20.0")))).isTrue();
        assertThat(atLeast.isMetBy(Optional.of(new BigDecimal("19.9")))).isFalse();
        assertThat(atMost.isMetBy(Optional.of(BigDecimal.ZERO))).isTrue();
        assertThat(atMost.isMetBy(Optional.of(new BigDecimal("0.01")))).isFalse();
        assertThat(atLeast.isMetBy(Optional.empty())).isFalse();
        assertThat(new Goal.YesNo().isMetBy(Optional.empty())).isTrue();
    }
}
