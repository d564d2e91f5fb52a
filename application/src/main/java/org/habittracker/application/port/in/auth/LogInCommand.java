package org.habittracker.application.port.in.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** @param clientKey where the attempt comes from (the client address), for throttling */
public record LogInCommand(@NotNull @Size(max = 64) String username, @NotNull @Size(max = 128) String password,
        @NotNull String clientKey) {

    @Override
    public String toString() {
        return "LogInCommand[username=" + username + ", password=…, clientKey=" + clientKey + "]";
    }
}
