package org.habittracker.application.port.in;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.UserId;

/**
 * Records (or replaces) one day's check-in. A DONE check-in of a measured habit needs an amount; a yes/no
 * habit takes none. A day after the owner's today is refused.
 */
public record RecordCheckInCommand(
        @NotNull UserId owner,
        @NotNull HabitId habitId,
        @NotNull LocalDate day,
        @NotNull CheckInStatus status,
        @NotNull Optional<@DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal> amount,
        @NotNull Optional<@Size(max = 500) String> note) {
}
