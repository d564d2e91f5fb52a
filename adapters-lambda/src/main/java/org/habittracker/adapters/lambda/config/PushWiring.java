package org.habittracker.adapters.lambda.config;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.habittracker.adapters.lambda.webpush.PushEndpointGuard;
import org.habittracker.adapters.lambda.webpush.WebPushDelivery;
import org.habittracker.adapters.persistence.secret.SecretsExtensionClient;
import org.habittracker.application.port.out.PushDelivery;

/**
 * Web Push, when configured. A class of its own, called only then: HabitsRuntime's bytecode names none of the
 * push types, so an API cold start without push configured loads not one class of it (bench/coldstart.sh).
 * Nothing is read, parsed or connected here ({@link WebPushDelivery} is lazy): the secret is read at the first
 * push or public-key request, during an invocation, like the database secret.
 */
final class PushWiring {

    private PushWiring() {
    }

    static Optional<PushDelivery> delivery(PushSettings push, boolean privateEndpoints, Map<String, String> env,
            Clock clock) {
        PushEndpointGuard guard = privateEndpoints ? PushEndpointGuard.anyAddress() : PushEndpointGuard.publicOnly();
        PushDelivery delivery = switch (push) {
            case PushSettings.Fixed fixed -> WebPushDelivery.of(fixed.credentials(), clock, guard);
            case PushSettings.FromSecret secret -> new WebPushDelivery(() -> VapidSecret.read(
                    SecretsExtensionClient.fromEnvironment(env), secret.secretId(), secret.subject()), clock, guard);
        };
        return Optional.of(delivery);
    }
}
