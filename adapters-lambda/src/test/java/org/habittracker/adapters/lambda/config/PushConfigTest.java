package org.habittracker.adapters.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.webpush.VapidCredentials;
import org.habittracker.adapters.lambda.webpush.VapidKeys;

@DisplayName("The Web Push configuration (HABITS_VAPID_*)")
class PushConfigTest {

    private static final VapidKeys KEYS = VapidKeys.generate();

    private static HabitsConfig read(String... variables) {
        Map<String, String> env = new HashMap<>(Map.of("HABITS_DB_URL", "jdbc:postgresql://db:5432/habits"));
        for (int i = 0; i < variables.length; i += 2) {
            env.put(variables[i], variables[i + 1]);
        }
        return HabitsConfig.fromEnvironment(env);
    }

    @Test
    @DisplayName("without any VAPID variable push is not configured")
    void notConfigured() {
        assertThat(read().push()).isEmpty();
    }

    @Test
    @DisplayName("the two keys and a subject configure push with those credentials")
    void fixedKeys() {
        HabitsConfig config = read("HABITS_VAPID_PUBLIC_KEY", KEYS.publicKeyBase64(),
                "HABITS_VAPID_PRIVATE_KEY", KEYS.privateKeyBase64(), "HABITS_VAPID_SUBJECT", "mailto:ops@example.com");

        assertThat(config.push()).contains(new PushSettings.Fixed(
                new VapidCredentials(KEYS.publicKeyBase64(), KEYS.privateKeyBase64(), "mailto:ops@example.com")));
        assertThat(config.toString()).doesNotContain(KEYS.privateKeyBase64());
    }

    @Test
    @DisplayName("a secret ARN configures push from the secret, with the subject variable beside it if given")
    void fromSecret() {
        assertThat(read("HABITS_VAPID_SECRET_ARN", "arn:aws:secretsmanager:eu-central-1:1:secret:vapid").push())
                .contains(new PushSettings.FromSecret("arn:aws:secretsmanager:eu-central-1:1:secret:vapid",
                        Optional.empty()));
        assertThat(read("HABITS_VAPID_SECRET_ARN", "vapid", "HABITS_VAPID_SUBJECT", "https://habits.example.com").push())
                .contains(new PushSettings.FromSecret("vapid", Optional.of("https://habits.example.com")));
    }

    @Test
    @DisplayName("pushes stay on public addresses unless HABITS_PUSH_PRIVATE_ENDPOINTS is allow; another value is refused")
    void privateEndpoints() {
        assertThat(read().pushToPrivateEndpoints()).isFalse();
        assertThat(read("HABITS_PUSH_PRIVATE_ENDPOINTS", "refuse").pushToPrivateEndpoints()).isFalse();
        assertThat(read("HABITS_PUSH_PRIVATE_ENDPOINTS", "allow").pushToPrivateEndpoints()).isTrue();
        assertThatThrownBy(() -> read("HABITS_PUSH_PRIVATE_ENDPOINTS", "yes"))
                .hasMessageContaining("HABITS_PUSH_PRIVATE_ENDPOINTS must be allow or refuse");
    }

    @Test
    @DisplayName("a public key that is not a 65-byte point is refused naming the variable")
    void badPublicKey() {
        assertThatThrownBy(() -> read("HABITS_VAPID_PUBLIC_KEY", KEYS.privateKeyBase64(),
                "HABITS_VAPID_PRIVATE_KEY", KEYS.privateKeyBase64(), "HABITS_VAPID_SUBJECT", "mailto:ops@example.com"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("HABITS_VAPID_PUBLIC_KEY must be an uncompressed P-256 point");
    }

    @Test
    @DisplayName("a private key that is not base64url is refused naming the variable")
    void badPrivateKey() {
        assertThatThrownBy(() -> read("HABITS_VAPID_PUBLIC_KEY", KEYS.publicKeyBase64(),
                "HABITS_VAPID_PRIVATE_KEY", "not a key!", "HABITS_VAPID_SUBJECT", "mailto:ops@example.com"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HABITS_VAPID_PRIVATE_KEY must be base64url");
    }

    @Test
    @DisplayName("one key without the other is refused naming the missing one")
    void halfAPair() {
        assertThatThrownBy(() -> read("HABITS_VAPID_PUBLIC_KEY", KEYS.publicKeyBase64(),
                "HABITS_VAPID_SUBJECT", "mailto:ops@example.com"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HABITS_VAPID_PRIVATE_KEY is required");
    }

    @Test
    @DisplayName("keys without a subject, or a subject that is no mailto:/https: URI, are refused")
    void subject() {
        assertThatThrownBy(() -> read("HABITS_VAPID_PUBLIC_KEY", KEYS.publicKeyBase64(),
                "HABITS_VAPID_PRIVATE_KEY", KEYS.privateKeyBase64()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HABITS_VAPID_SUBJECT is required");
        assertThatThrownBy(() -> read("HABITS_VAPID_PUBLIC_KEY", KEYS.publicKeyBase64(),
                "HABITS_VAPID_PRIVATE_KEY", KEYS.privateKeyBase64(), "HABITS_VAPID_SUBJECT", "ops@example.com"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HABITS_VAPID_SUBJECT must be a mailto:");
    }

    @Test
    @DisplayName("a subject alone, with no keys and no secret, is refused rather than ignored")
    void subjectAlone() {
        assertThatThrownBy(() -> read("HABITS_VAPID_SUBJECT", "mailto:ops@example.com"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("there are no keys");
    }

    @Test
    @DisplayName("the keys and a secret together are refused")
    void keysAndSecret() {
        assertThatThrownBy(() -> read("HABITS_VAPID_PRIVATE_KEY", KEYS.privateKeyBase64(),
                "HABITS_VAPID_SECRET_ARN", "vapid"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not both");
    }
}
