package org.habittracker.adapters.lambda.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

@DisplayName("Registering, logging in and out, and the session cookie")
class AuthEndpointsTest {

    private final FakeBackedApi api = new FakeBackedApi();

    private ApiResponse logIn(String username, String password) {
        return api.send(Events.request("POST", "/api/auth/login")
                .json("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }

    @Test
    @DisplayName("register answers 201 with the user and a Secure, HttpOnly, SameSite=Lax session cookie")
    void register() {
        ApiResponse response = api.send(Events.request("POST", "/api/auth/register")
                .json("{\"username\":\"Ada\",\"password\":\"correct horse battery\",\"timeZone\":\"Europe/Berlin\"}"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("username").asText()).isEqualTo("ada");
        assertThat(response.json().has("userId")).isTrue();
        assertThat(response.cookies()).singleElement().asString()
                .matches("habits_session=[A-Za-z0-9_-]{43}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure");
        assertThat(response.body()).doesNotContain(response.sessionToken().orElseThrow());
    }

    @Test
    @DisplayName("a taken username is a 409 naming the field")
    void duplicate() {
        api.register("ada");

        ApiResponse response = api.send(Events.request("POST", "/api/auth/register")
                .json("{\"username\":\"ADA\",\"password\":\"another password\",\"timeZone\":\"UTC\"}"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.fieldErrors()).containsExactly("username");
    }

    @Test
    @DisplayName("register names every missing or bad field")
    void registerValidation() {
        ApiResponse missing = api.send(Events.request("POST", "/api/auth/register").json("{}"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldErrors()).containsExactlyInAnyOrder("username", "password", "timeZone");

        ApiResponse bad = api.send(Events.request("POST", "/api/auth/register")
                .json("{\"username\":\"a\",\"password\":\"short\",\"timeZone\":\"Mars/Olympus\"}"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fieldErrors()).contains("timeZone");
    }

    @Test
    @DisplayName("log-in answers 200 and a new cookie")
    void logIn() {
        api.register("ada");

        ApiResponse response = logIn("ada", "correct horse battery");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.sessionToken()).isPresent();
    }

    @Test
    @DisplayName("a wrong password and an unknown user get the very same 401")
    void sameAnswerForUnknownUser() {
        api.register("ada");

        ApiResponse wrongPassword = logIn("ada", "wrong password!");
        ApiResponse unknownUser = logIn("bob", "wrong password!");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
        assertThat(wrongPassword.cookies()).isEmpty();
    }

    @Test
    @DisplayName("repeated failures are throttled with 429 and Retry-After, even with the right password")
    void throttled() {
        api.register("ada");
        ApiResponse last = null;
        for (int i = 0; i < 10 && (last == null || last.status() != 429); i++) {
            last = logIn("ada", "wrong password!");
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After").orElseThrow())).isPositive();
        assertThat(logIn("ada", "correct horse battery").status()).isEqualTo(429);

        api.ports().clock().advance(Duration.ofHours(1));
        assertThat(logIn("ada", "correct horse battery").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("log-out answers 204, clears the cookie and revokes the session")
    void logOut() {
        String session = api.register("ada");

        ApiResponse response = api.send(Events.request("POST", "/api/auth/logout").session(session));

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.cookies()).containsExactly("habits_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure");
        assertThat(api.send(Events.request("GET", "/api/habits").session(session)).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("the auth check always answers 200, saying who is logged in if anyone")
    void check() {
        String session = api.register("ada");

        ApiResponse in = api.send(Events.request("GET", "/api/auth/check").session(session));
        ApiResponse out = api.send(Events.request("GET", "/api/auth/check"));

        assertThat(in.status()).isEqualTo(200);
        assertThat(in.json().get("authenticated").asBoolean()).isTrue();
        assertThat(in.json().get("username").asText()).isEqualTo("ada");
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.json().get("authenticated").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("an expired session is a 401; an active one slides and its cookie is renewed")
    void expiry() {
        String session = api.register("ada");

        api.ports().clock().advance(Duration.ofDays(20));
        ApiResponse active = api.send(Events.request("GET", "/api/me").session(session));
        assertThat(active.status()).isEqualTo(200);
        assertThat(active.sessionToken()).contains(session);

        api.ports().clock().advance(Duration.ofDays(20));
        assertThat(api.send(Events.request("GET", "/api/me").session(session)).status()).isEqualTo(200);

        api.ports().clock().advance(Duration.ofDays(31));
        assertThat(api.send(Events.request("GET", "/api/me").session(session)).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("with HABITS_COOKIE_SECURE=false the cookie is not Secure")
    void insecureCookie() {
        var local = new FakeBackedApi(new HttpSettings(java.util.Set.of(), false));

        ApiResponse response = local.send(Events.request("POST", "/api/auth/register")
                .json("{\"username\":\"ada\",\"password\":\"correct horse battery\",\"timeZone\":\"UTC\"}"));

        assertThat(response.cookies()).singleElement().asString().doesNotContain("Secure");
    }
}
