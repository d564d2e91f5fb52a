package org.habittracker.application.port.in.profile;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.habittracker.domain.user.UserId;

/**
 * A partial update of the user's settings; an empty field stays as it is. The zone is read by the domain's
 * {@code TimeZones}, the day start checked by {@code UserSettings}.
 */
public record UpdateSettingsCommand(
        @NotNull UserId owner,
        @NotNull Optional<String> timeZone,
        @NotNull Optional<Integer> dayStartHour,
        @NotNull Optional<String> weekStart) {
}
