package org.habittracker.domain.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckInTest {
    private static final HabitId HABIT = new HabitId(UUID.randomUUID());
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static void assertRefusedOn(String field, String code, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.code()).isEqualTo(code);
                }));
    }

    @Test
    @DisplayName("a negative amount is refused on the field amount")
    void negativeAmount() {
        assertRefusedOn("amount", "negative", () -> CheckIn.done(HABIT, DAY, new BigDecimal("-1")));
    }

    @Test
    @DisplayName("an amount over a billion is refused on the field amount")
    void hugeAmount() {
        assertRefusedOn("amount", "too_large", () -> CheckIn.done(HABIT, DAY, new BigDecimal("1000000000.01")));
        assertThat(CheckIn.done(HABIT, DAY, new BigDecimal("1000000000")).amount()).isPresent();
    }

    @Test
    @DisplayName("a note is trimmed and at most 500 characters")
    void note() {
        CheckIn withNote = new CheckIn(HABIT, DAY, CheckInStatus.DONE, Optional.empty(), "  on the train ");
        assertThat(withNote.note()).isEqualTo("on the train");
        assertRefusedOn("note", "length",
                () -> new CheckIn(HABIT, DAY, CheckInStatus.DONE, Optional.empty(), "x".repeat(501)));
    }

    @Test
    @DisplayName("a day before 2000 is refused on the field day")
    void tooEarly() {
        assertRefusedOn("day", "too_early", () -> CheckIn.done(HABIT, LocalDate.of(1999, 12, 31)));
    }

    @Test
    @DisplayName("a pause ending before it starts, or longer than 366 days, is refused on the field to")
    void pauseRange() {
        UserId owner = new UserId(UUID.randomUUID());
        PauseId id = new PauseId(UUID.randomUUID());
        assertRefusedOn("to", "before_from", () -> new Pause(id, owner, Optional.empty(), DAY, DAY.minusDays(1)));
        assertRefusedOn("to", "too_long", () -> new Pause(id, owner, Optional.empty(), DAY, DAY.plusDays(366)));
        Pause year = new Pause(id, owner, Optional.of(HABIT), DAY, DAY.plusDays(365));
        assertThat(year.covers(DAY.plusDays(365))).isTrue();
        assertThat(year.covers(DAY.plusDays(366))).isFalse();
        assertThat(year.appliesTo(HABIT)).isTrue();
        assertThat(year.appliesTo(new HabitId(UUID.randomUUID()))).isFalse();
    }
}
