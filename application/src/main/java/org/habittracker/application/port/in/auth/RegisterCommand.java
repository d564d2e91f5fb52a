package org.habittracker.application.port.in.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new account. The username is the domain's {@code Username} to check and the zone its {@code TimeZones}
 * to read; the password's length is the application's own rule (the domain never sees a password).
 *
 * @param clientKey where the request comes from (the client address), for throttling
 */
public record RegisterCommand(
        @NotNull String username,
        @NotNull @Size(min = 8, max = 128) String password,
        @NotNull String timeZone,
        @NotNull String clientKey) {

    @Override
    public String toString() {
        return "RegisterCommand[username=" + username + ", password=…, timeZone=" + timeZone + ", clientKey="
                + clientKey + "]";
    }
}
