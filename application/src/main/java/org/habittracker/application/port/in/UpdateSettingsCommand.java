package org.habittracker.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.habittracker.domain.user.UserId;

/** A partial update of the user's settings; an empty field stays as it is. */
public record UpdateSettingsCommand(
        @NotNull UserId owner,
        @NotNull Optional<@NotBlank String> timeZone,
        @NotNull Optional<@Min(0) @Max(5) Integer> dayStartHour,
        @NotNull Optional<@NotBlank String> weekStart) {
}
