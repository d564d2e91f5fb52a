package org.habittracker.application.port.in.profile;

import jakarta.validation.constraints.NotNull;
import org.habittracker.domain.user.UserId;

public record DeleteAccountCommand(@NotNull UserId owner, @NotNull String password) {
    @Override
    public String toString() {
        return "DeleteAccountCommand[owner=" + owner + ", password=…]";
    }
}
