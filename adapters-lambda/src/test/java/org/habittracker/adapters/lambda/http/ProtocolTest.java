package org.habittracker.adapters.lambda.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

@DisplayName("HTTP protocol: routes, methods, sizes, content types, problem documents, request ids")
class ProtocolTest {

    private final FakeBackedApi api = new FakeBackedApi();

    @Test
    @DisplayName("an unknown route is a 404 problem document")
    void unknownRoute() {
        ApiResponse response = api.send(Events.request("GET", "/api/nope"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/not-found");
        assertThat(response.json().get("title").asText()).isEqualTo("Not found");
    }

    @Test
    @DisplayName("a wrong method is a 405 with Allow listing the methods the path has")
    void wrongMethod() {
        ApiResponse response = api.send(Events.request("DELETE", "/api/habits"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("GET, POST, HEAD");
    }

    @Test
    @DisplayName("every response carries the API Gateway request id, no-store and nosniff")
    void requestId() {
        ApiResponse response = api.send(Events.request("GET", "/health").requestId("abc-123"));

        assertThat(response.header("X-Request-Id")).contains("abc-123");
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    @DisplayName("/health and /health/ answer alike, on the default and on a named stage")
    void health() {
        for (var request : new Events.Builder[] { Events.request("GET", "/health"), Events.request("GET", "/health/"),
                Events.request("GET", "/health").stage("prod") }) {
            ApiResponse response = api.send(request);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("services").get("database").get("status").asText()).isEqualTo("healthy");
        }
    }

    @Test
    @DisplayName("HEAD answers as GET without a body")
    void head() {
        ApiResponse response = api.send(Events.request("HEAD", "/health"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    @DisplayName("a body over 64 KiB is a 413, before anything else looks at it")
    void tooLarge() {
        String session = api.register("ada");
        String big = "{\"name\":\"" + "x".repeat(65 * 1024) + "\"}";

        ApiResponse response = api.send(Events.request("POST", "/api/habits").session(session).json(big));

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    @DisplayName("a body that is not application/json is a 415")
    void wrongContentType() {
        String session = api.register("ada");

        ApiResponse response = api.send(Events.request("POST", "/api/habits").session(session)
                .header("content-type", "text/plain").rawBody("{\"name\":\"Read\"}"));

        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    @DisplayName("malformed JSON is a 400 that does not echo parser internals")
    void malformedJson() {
        String session = api.register("ada");

        ApiResponse response = api.send(Events.request("POST", "/api/habits").session(session).json("{\"name\": "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asText()).isEqualTo("Malformed JSON");
        assertThat(response.body()).doesNotContain("com.fasterxml").doesNotContain("line:");
    }

    @Test
    @DisplayName("a body flagged base64 that is not is a 400, not a 500")
    void badBase64() {
        var event = Events.request("POST", "/api/auth/login").json("{{{").build();
        event.setIsBase64Encoded(true);

        assertThat(api.send(event).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("each request writes one JSON log line that is also an EMF metric document, without secrets")
    void oneLogLine() {
        String session = api.register("ada");
        api.logLines().clear();

        api.send(Events.request("GET", "/api/habits").session(session).requestId("log-1"));

        assertThat(api.logLines()).hasSize(1);
        String line = api.logLines().getFirst();
        assertThat(line).contains("\"requestId\":\"log-1\"", "\"method\":\"GET\"", "\"route\":\"/api/habits\"",
                "\"status\":200", "\"durationMs\":", "\"userIdHash\":", "\"_aws\":", "\"CloudWatchMetrics\":",
                "\"Latency\":");
        assertThat(line).doesNotContain(session).doesNotContain("habits_session");
    }

    @Test
    @DisplayName("the golden fixtures go through the handler: the named stage's health, the base64 registration")
    void fixturesThroughHandler() {
        ApiResponse health = api.send(Events.fixture("named-stage-health.json"));
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.header("X-Request-Id")).contains("KLbcYnQMwIdFTIB=");

        ApiResponse register = api.send(Events.fixture("base64-body-register.json"));
        assertThat(register.status()).isEqualTo(201);
        assertThat(register.json().get("username").asText()).isEqualTo("ada");
        assertThat(register.cookies()).singleElement().asString().startsWith("habits_session=");
    }

    @Test
    @DisplayName("the board fixture with a stale session cookie is a 401 that clears the cookie")
    void staleCookieCleared() {
        ApiResponse response = api.send(Events.fixture("default-stage-get-board.json"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.cookies()).singleElement().asString().startsWith("habits_session=;");
    }
}
