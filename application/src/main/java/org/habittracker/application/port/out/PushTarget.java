package org.habittracker.application.port.out;

import java.net.URI;
import java.util.Objects;

/**
 * A browser's push subscription as {@code PushSubscription.toJSON()} gives it: the push service endpoint and the
 * subscription's keys, {@code p256dh} (an uncompressed P-256 point) and {@code auth} (16 bytes), both base64url.
 */
public record PushTarget(URI endpoint, String p256dh, String auth) {
    public PushTarget {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(p256dh, "p256dh");
        Objects.requireNonNull(auth, "auth");
    }
}
