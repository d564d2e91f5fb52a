package org.habittracker.adapters.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.webpush.PushUnavailableException;
import org.habittracker.adapters.lambda.webpush.VapidCredentials;
import org.habittracker.adapters.lambda.webpush.VapidKeys;
import org.habittracker.adapters.lambda.webpush.PushEndpointGuard;
import org.habittracker.adapters.lambda.webpush.WebPushDelivery;
import org.habittracker.adapters.persistence.secret.FakeSecretsExtension;
import org.habittracker.adapters.persistence.secret.SecretsExtensionClient;

@DisplayName("The VAPID secret, read through the secrets extension")
class VapidSecretTest {

    private static final String ARN = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:habits/vapid-AbCdEf";
    private static final VapidKeys KEYS = VapidKeys.generate();

    private final FakeSecretsExtension extension = new FakeSecretsExtension(ARN, "token", json(Map.of(
            "publicKey", KEYS.publicKeyBase64(), "privateKey", KEYS.privateKeyBase64(),
            "subject", "mailto:ops@example.com")));

    @AfterEach
    void stop() {
        extension.close();
    }

    private SecretsExtensionClient client() {
        return SecretsExtensionClient.fromEnvironment(extension.lambdaEnvironment());
    }

    private static String json(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v).append('"'));
        return out.append('}').toString();
    }

    @Test
    @DisplayName("gives the keys and subject the secret holds")
    void reads() {
        assertThat(VapidSecret.read(client(), ARN, Optional.empty()))
                .isEqualTo(KEYS.credentials("mailto:ops@example.com"));
    }

    @Test
    @DisplayName("takes HABITS_VAPID_SUBJECT for a secret without subject")
    void subjectFromTheEnvironment() {
        extension.serve(json(Map.of("publicKey", KEYS.publicKeyBase64(), "privateKey", KEYS.privateKeyBase64())));

        assertThat(VapidSecret.read(client(), ARN, Optional.of("https://habits.example.com")).subject())
                .isEqualTo("https://habits.example.com");
    }

    @Test
    @DisplayName("the placeholder Terraform creates names every missing field and the variable, no value")
    void placeholder() {
        extension.serve(json(Map.of("publicKey", "", "privateKey", "")));

        assertThatThrownBy(() -> VapidSecret.read(client(), ARN, Optional.empty()))
                .hasMessageContaining("HABITS_VAPID_SECRET_ARN").hasMessageContaining("lacks publicKey")
                .hasMessageContaining("lacks privateKey").hasMessageContaining("lacks subject");
    }

    @Test
    @DisplayName("a malformed key in the secret is named as the secret's field")
    void malformed() {
        extension.serve(json(Map.of("publicKey", KEYS.privateKeyBase64(), "privateKey", KEYS.privateKeyBase64(),
                "subject", "mailto:ops@example.com")));

        assertThatThrownBy(() -> VapidSecret.read(client(), ARN, Optional.empty()))
                .hasMessageContaining("the secret's publicKey must be an uncompressed P-256 point")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEYS.privateKeyBase64()));
    }

    @Test
    @DisplayName("through the delivery: not read until needed, then the public key is the secret's; unreadable is unavailable")
    void throughTheDelivery() {
        Map<String, String> env = new HashMap<>(extension.lambdaEnvironment());
        WebPushDelivery delivery = new WebPushDelivery(() -> VapidSecret.read(SecretsExtensionClient.fromEnvironment(env),
                ARN, Optional.empty()), Clock.systemUTC(), PushEndpointGuard.publicOnly());
        assertThat(extension.reads()).isZero();

        assertThat(delivery.applicationServerKey()).contains(KEYS.publicKeyBase64());
        assertThat(extension.reads()).isEqualTo(1);

        WebPushDelivery unreadable = new WebPushDelivery(() -> VapidSecret.read(
                SecretsExtensionClient.fromEnvironment(env), "another-secret", Optional.empty()), Clock.systemUTC(),
                PushEndpointGuard.publicOnly());
        assertThat(unreadable.applicationServerKey()).as("keys that cannot be had: none to subscribe with").isEmpty();
    }

    @Test
    @DisplayName("credentials given whole are the ones used")
    void credentialsRecord() {
        VapidCredentials credentials = KEYS.credentials("mailto:ops@example.com");
        assertThat(WebPushDelivery.of(credentials, Clock.systemUTC(), PushEndpointGuard.publicOnly()).applicationServerKey())
                .contains(KEYS.publicKeyBase64());
    }
}
