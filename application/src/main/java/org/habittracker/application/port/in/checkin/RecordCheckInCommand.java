package org.habittracker.application.port.in.checkin;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/**
 * Records (or replaces) one day's check-in. What the amount and note may hold is the domain's
 * {@code CheckIn} and {@code Amounts} to say; what the day and amount must be for this habit and the
 * owner's today, its {@code CheckInRules}.
 */
public record RecordCheckInCommand(
        @NotNull UserId owner,
        @NotNull HabitId habitId,
        @NotNull LocalDate day,
        @NotNull CheckInStatus status,
        @NotNull Optional<BigDecimal> amount,
        @NotNull Optional<String> note) {
}
