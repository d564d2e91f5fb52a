package org.habittracker.application.port.in.reminder;

import jakarta.validation.constraints.NotNull;
import org.habittracker.domain.user.UserId;

/** A browser's {@code PushSubscription.toJSON()}; the domain's {@code PushSubscription} checks each part. */
public record SubscribeCommand(@NotNull UserId owner, @NotNull String endpoint, @NotNull String p256dh,
        @NotNull String auth) {
}
