package org.habittracker.adapters.lambda.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;
import org.habittracker.application.testing.RecordingPushDelivery;

@DisplayName("Push subscriptions: the public key, subscribe (same endpoint again is the same), list, unsubscribe")
class PushSubscriptionEndpointsTest {
    static final String P256DH = key(65, 4);
    static final String AUTH = key(16, 9);

    private final FakeBackedApi api = new FakeBackedApi();
    private String ada;
    private String bob;

    static String key(int length, int first) {
        byte[] bytes = new byte[length];
        bytes[0] = (byte) first;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String body(String endpoint, String p256dh, String auth) {
        return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh
                + "\",\"auth\":\"" + auth + "\"}}";
    }

    @BeforeEach
    void users() {
        ada = api.register("ada");
        bob = api.register("bob");
    }

    private ApiResponse subscribe(String session, String body) {
        return api.send(Events.request("POST", "/api/push/subscriptions").session(session).json(body));
    }

    @Test
    @DisplayName("the public key is the push delivery's")
    void publicKey() {
        ApiResponse response = api.send(Events.request("GET", "/api/push/public-key").session(ada));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("publicKey").asText()).isEqualTo(RecordingPushDelivery.PUBLIC_KEY);
    }

    @Test
    @DisplayName("subscribe is 201 with Location and no keys; the same endpoint again is 200 with the same id")
    void subscribeTwice() {
        ApiResponse first = subscribe(ada, body("https://push.example.net/a", P256DH, AUTH));
        ApiResponse again = subscribe(ada, body("https://push.example.net/a", P256DH, key(16, 1)));

        assertThat(first.status()).isEqualTo(201);
        String id = first.json().get("id").asText();
        assertThat(first.header("Location")).contains("/api/push/subscriptions/" + id);
        assertThat(first.json().get("endpoint").asText()).isEqualTo("https://push.example.net/a");
        assertThat(first.json().has("createdAt")).isTrue();
        assertThat(first.body()).doesNotContain(AUTH);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(id);
    }

    @Test
    @DisplayName("the list is the caller's; DELETE is 204, and another user's id is 404")
    void listAndDelete() {
        String id = subscribe(ada, body("https://push.example.net/a", P256DH, AUTH)).json().get("id").asText();
        subscribe(bob, body("https://push.example.net/b", P256DH, AUTH));

        ApiResponse list = api.send(Events.request("GET", "/api/push/subscriptions").session(ada));
        assertThat(list.json().get("subscriptions").findValuesAsText("endpoint"))
                .containsExactly("https://push.example.net/a");
        assertThat(api.send(Events.request("DELETE", "/api/push/subscriptions/" + id).session(bob)).status())
                .isEqualTo(404);
        assertThat(api.send(Events.request("DELETE", "/api/push/subscriptions/" + id).session(ada)).status())
                .isEqualTo(204);
        assertThat(api.send(Events.request("DELETE", "/api/push/subscriptions/not-a-uuid").session(ada)).status())
                .isEqualTo(404);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "http://push.example.net/a|endpoint",
            "ftp://push.example.net/a|endpoint",
            "not a url|endpoint"})
    @DisplayName("a bad endpoint is refused naming endpoint")
    void badEndpoint(String endpoint, String field) {
        ApiResponse response = subscribe(ada, body(endpoint, P256DH, AUTH));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactly(field);
    }

    @Test
    @DisplayName("an http endpoint on a loopback host is taken (a local push-service stand-in)")
    void loopback() {
        assertThat(subscribe(ada, body("http://127.0.0.1:9999/push/1", P256DH, AUTH)).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("bad keys are named keys.p256dh and keys.auth; missing keys names keys; unknown fields are named")
    void badKeys() {
        assertThat(subscribe(ada, body("https://push.example.net/a", key(33, 2), key(8, 1))).fieldErrors())
                .containsExactly("keys.p256dh", "keys.auth");
        assertThat(subscribe(ada, "{\"endpoint\":\"https://push.example.net/a\"}").fieldErrors())
                .containsExactly("keys");
        assertThat(subscribe(ada, "{\"endpoint\":\"https://push.example.net/a\",\"keys\":{\"p256dh\":\"" + P256DH
                + "\",\"auth\":\"" + AUTH + "\",\"x\":1},\"extra\":true}").fieldErrors())
                .containsExactlyInAnyOrder("keys.x", "extra");
        assertThat(subscribe(ada, "{\"endpoint\":\"https://push.example.net/a\",\"expirationTime\":\"soon\","
                + "\"keys\":{\"p256dh\":\"" + P256DH + "\",\"auth\":\"" + AUTH + "\"}}").fieldErrors())
                .containsExactly("expirationTime");
    }

    @Test
    @DisplayName("a 21st browser is a 409 problem")
    void limit() {
        for (int i = 0; i < 20; i++) {
            assertThat(subscribe(ada, body("https://push.example.net/" + i, P256DH, AUTH)).status()).isEqualTo(201);
        }

        assertThat(subscribe(ada, body("https://push.example.net/new", P256DH, AUTH)).status()).isEqualTo(409);
    }

    @Test
    @DisplayName("no credentials is 401 for every push route")
    void unauthenticated() {
        assertThat(api.send(Events.request("GET", "/api/push/public-key")).status()).isEqualTo(401);
        assertThat(api.send(Events.request("GET", "/api/push/subscriptions")).status()).isEqualTo(401);
        assertThat(api.send(Events.request("POST", "/api/push/subscriptions")
                .json(body("https://push.example.net/a", P256DH, AUTH))).status()).isEqualTo(401);
        assertThat(api.send(Events.request("DELETE", "/api/push/subscriptions/" + java.util.UUID.randomUUID()))
                .status()).isEqualTo(401);
    }
}
