package org.habittracker.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.habittracker.domain.user.UserId;

/**
 * A partial update of the user's settings; an empty field stays as it is. (Blank text is refused by a
 * pattern, as {@link UpdateHabitCommand} explains.)
 */
public record UpdateSettingsCommand(
        @NotNull UserId owner,
        @NotNull Optional<
                @Pattern(regexp = UpdateHabitCommand.NOT_BLANK, message = "must not be blank") String> timeZone,
        @NotNull Optional<@Min(0) @Max(5) Integer> dayStartHour,
        @NotNull Optional<
                @Pattern(regexp = UpdateHabitCommand.NOT_BLANK, message = "must not be blank") String> weekStart) {
}
