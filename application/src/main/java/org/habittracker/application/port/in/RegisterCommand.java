package org.habittracker.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterCommand(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{3,32}", message = "must be 3 to 32 letters, digits, '.', '-' or '_'")
        String username,
        @NotNull @Size(min = 8, max = 128) String password,
        @NotBlank String timeZone) {

    @Override
    public String toString() {
        return "RegisterCommand[username=" + username + ", password=…, timeZone=" + timeZone + "]";
    }
}
