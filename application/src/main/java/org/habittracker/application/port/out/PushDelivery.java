package org.habittracker.application.port.out;

import java.util.Optional;

/**
 * Sends one notification to one browser push subscription: Web Push (RFC 8030) with the payload encrypted for the
 * subscription's keys (RFC 8291, {@code aes128gcm}) and the sender identified by VAPID (RFC 8292). The core only
 * needs to know whether the subscription still exists; how the bytes travel is the adapter's business.
 */
public interface PushDelivery {

    /**
     * The VAPID public key a browser must subscribe with ({@code applicationServerKey}): base64url, no padding;
     * empty when the keys cannot be had now (a secret still holding its placeholder, or unreadable), which the
     * API answers as "push not available" rather than as a failure of its own.
     */
    Optional<String> applicationServerKey();

    /** Never throws for a push service's answer or a network failure: those are {@link PushOutcome}s. */
    PushOutcome deliver(PushTarget target, PushMessage message);
}
