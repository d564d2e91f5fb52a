package org.habittracker.adapters.lambda.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;
import org.habittracker.application.testing.InMemoryPorts;

@DisplayName("Personal API tokens: create (secret shown once), list, revoke; used as Authorization: Bearer")
class TokenEndpointsTest {

    private final FakeBackedApi api = new FakeBackedApi();
    private String session;

    @BeforeEach
    void logIn() {
        session = api.register("ada");
    }

    private ApiResponse create(String session, String name) {
        return api.send(Events.request("POST", "/api/tokens").session(session).json("{\"name\":\"" + name + "\"}"));
    }

    private ApiResponse list(String session) {
        return api.send(Events.request("GET", "/api/tokens").session(session));
    }

    /** A script's request: the token, no cookie, no Origin. */
    private static Events.Builder script(String method, String path, String token) {
        return Events.request(method, path).withoutHeader("origin").header("authorization", "Bearer " + token);
    }

    @Test
    @DisplayName("create answers 201 with Location, the token's fields, lastUsedAt null and the secret")
    void create() {
        ApiResponse response = create(session, "  backup script ");

        assertThat(response.status()).isEqualTo(201);
        JsonNode token = response.json();
        assertThat(response.header("Location")).contains("/api/tokens/" + token.get("id").asText());
        assertThat(token.get("name").asText()).isEqualTo("backup script");
        assertThat(token.get("createdAt").asText()).isEqualTo(InMemoryPorts.START.toString());
        assertThat(token.has("lastUsedAt")).isTrue();
        assertThat(token.get("lastUsedAt").isNull()).isTrue();
        assertThat(token.get("token").asText()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    @DisplayName("the list shows every token of the user with its fields, never a secret")
    void list() {
        String secret = create(session, "one").json().get("token").asText();
        create(session, "two");

        ApiResponse response = list(session);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("tokens").findValuesAsText("name")).containsExactlyInAnyOrder("one", "two");
        assertThat(response.json().get("tokens").get(0).has("token")).isFalse();
        assertThat(response.json().get("tokens").get(0).has("lastUsedAt")).isTrue();
        assertThat(response.body()).doesNotContain(secret);
    }

    @Test
    @DisplayName("a token authenticates a script: it reads the board and creates a habit without cookie or Origin")
    void bearer() {
        String token = create(session, "script").json().get("token").asText();

        ApiResponse board = api.send(script("GET", "/api/habits", token));
        ApiResponse created = api.send(script("POST", "/api/habits", token)
                .json("{\"name\":\"Walk\",\"color\":\"#123456\",\"schedule\":{\"type\":\"daily\"}}"));

        assertThat(board.status()).isEqualTo(200);
        assertThat(created.status()).isEqualTo(201);
        assertThat(list(session).json().get("tokens").get(0).get("lastUsedAt").asText()).isEqualTo(InMemoryPorts.START.toString());
    }

    @Test
    @DisplayName("a revoked token answers 401, and is gone from the list")
    void revoke() {
        JsonNode created = create(session, "script").json();
        String token = created.get("token").asText();

        ApiResponse revoked = api.send(Events.request("DELETE", "/api/tokens/" + created.get("id").asText()).session(session));

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(api.send(script("GET", "/api/habits", token)).status()).isEqualTo(401);
        assertThat(list(session).json().get("tokens")).isEmpty();
    }

    @Test
    @DisplayName("user B cannot revoke user A's token (404, as for no token at all), and A's token keeps working")
    void otherUsersToken() {
        JsonNode created = create(session, "script").json();
        String grace = api.register("grace");

        ApiResponse attempt = api.send(Events.request("DELETE", "/api/tokens/" + created.get("id").asText()).session(grace));

        assertThat(attempt.status()).isEqualTo(404);
        assertThat(api.send(Events.request("DELETE", "/api/tokens/not-a-token").session(grace)).status()).isEqualTo(404);
        assertThat(api.send(script("GET", "/api/habits", created.get("token").asText())).status()).isEqualTo(200);
        assertThat(list(grace).json().get("tokens")).isEmpty();
    }

    @Test
    @DisplayName("the 21st token is refused with 422, as other limits are")
    void limit() {
        for (int i = 1; i <= 20; i++) {
            assertThat(create(session, "token " + i).status()).isEqualTo(201);
        }

        ApiResponse response = create(session, "one too many");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/limit-exceeded");
        assertThat(response.fieldErrors()).containsExactly("tokens");
    }

    @ParameterizedTest(name = "{0} /api/tokens with a bearer token")
    @ValueSource(strings = {"GET", "POST", "DELETE"})
    @DisplayName("a token cannot manage tokens: a bearer token on the token routes is 403, even beside a cookie")
    void tokensNeedASession(String method) {
        String token = create(session, "script").json().get("token").asText();
        String path = method.equals("DELETE") ? "/api/tokens/00000000-0000-7000-8000-000000000001" : "/api/tokens";

        ApiResponse alone = api.send(script(method, path, token).json("{\"name\":\"more\"}"));
        ApiResponse withCookie = api.send(script(method, path, token).session(session).json("{\"name\":\"more\"}"));

        assertThat(alone.status()).isEqualTo(403);
        assertThat(alone.json().get("type").asText()).isEqualTo("/problems/session-required");
        assertThat(withCookie.status()).isEqualTo(403);
        assertThat(list(session).json().get("tokens")).hasSize(1);
    }

    @Test
    @DisplayName("without a session the token routes are 401; a cross-site request with the cookie is 403")
    void sessionAndCsrf() {
        assertThat(api.send(Events.request("GET", "/api/tokens")).status()).isEqualTo(401);
        assertThat(api.send(Events.request("POST", "/api/tokens").session(session)
                .header("origin", "https://evil.example").json("{\"name\":\"x\"}")).status()).isEqualTo(403);
        assertThat(list(session).json().get("tokens")).isEmpty();
    }

    @Test
    @DisplayName("a name must be 1 to 100 characters; unknown fields are named too")
    void nameRules() {
        assertThat(create(session, "   ").fieldErrors()).containsExactly("name");
        assertThat(create(session, "x".repeat(101)).fieldErrors()).containsExactly("name");
        assertThat(create(session, "x".repeat(100)).status()).isEqualTo(201);
        assertThat(api.send(Events.request("POST", "/api/tokens").session(session).json("{\"nme\":\"x\"}"))
                .fieldErrors()).containsExactlyInAnyOrder("nme", "name");
    }
}
