package org.habittracker.application.port.out;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification: the JSON the service worker reads, how long the push service may hold it for an offline
 * browser ({@code TTL}), and an optional {@code Topic} so that a newer message replaces an undelivered older one.
 */
public record PushMessage(String payloadJson, Duration timeToLive, Optional<String> topic) {
    public PushMessage {
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(timeToLive, "timeToLive");
        Objects.requireNonNull(topic, "topic");
        if (timeToLive.isNegative()) {
            throw new IllegalArgumentException("timeToLive must not be negative");
        }
    }
}
