package org.habittracker.application.port.in.reminder;

import jakarta.validation.constraints.NotNull;
import org.habittracker.domain.user.UserId;

/**
 * A browser's {@code PushSubscription.toJSON()}; the domain's {@code PushSubscription} checks each part, the keys'
 * absence included, under the names a body gives them ({@code keys.p256dh}, {@code keys.auth}).
 */
public record SubscribeCommand(@NotNull UserId owner, @NotNull String endpoint, String p256dh, String auth) {
}
