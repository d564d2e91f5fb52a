package org.habittracker.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PushSubscriptionTest {
    static final String P256DH = key(65, (byte) 4);
    static final String AUTH = key(16, (byte) 1);

    static String key(int length, byte first) {
        byte[] bytes = new byte[length];
        bytes[0] = first;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PushSubscription subscription(String endpoint, String p256dh, String auth) {
        return new PushSubscription(new PushSubscriptionId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                URI.create(endpoint), p256dh, auth, Instant.parse("2026-12-06T10:00:00Z"));
    }

    @Test
    @DisplayName("an https endpoint with a 65-byte 0x04 key and a 16-byte secret is a subscription")
    void accepted() {
        assertThat(subscription("https://push.example.net/send/abc", P256DH, AUTH).endpoint())
                .isEqualTo(URI.create("https://push.example.net/send/abc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/push", "http://localhost/x", "http://[::1]:9/x"})
    @DisplayName("plain http is allowed for loopback hosts only")
    void loopbackHttp(String endpoint) {
        assertThat(PushSubscription.checkEndpoint(endpoint)).hasToString(endpoint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://push.example.net/x", "ftp://push.example.net/x", "https:///x", "/relative",
            "https://user@push.example.net/x", "http://127.0.0.1.example.net/x", "not a url"})
    @DisplayName("other endpoints are refused, naming endpoint")
    void refusedEndpoints(String endpoint) {
        assertThatThrownBy(() -> PushSubscription.checkEndpoint(endpoint))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("endpoint"));
    }

    @Test
    @DisplayName("an endpoint over 2,000 characters is refused")
    void longEndpoint() {
        String endpoint = "https://push.example.net/" + "a".repeat(2000);
        assertThatThrownBy(() -> PushSubscription.checkEndpoint(endpoint)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("a compressed point, a short secret and non-base64 are refused, each under its key's field")
    void badKeys() {
        assertThatThrownBy(() -> subscription("https://p.example/x", key(33, (byte) 2), "***"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("keys.p256dh", "keys.auth"));
        assertThatThrownBy(() -> PushSubscription.checkP256dh(key(65, (byte) 3))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PushSubscription.checkAuth(key(15, (byte) 1))).isInstanceOf(InvalidInputException.class);
    }
}
