package org.habittracker.adapters.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.http.HttpRequest;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.support.Events;

@DisplayName("Payload v2 events become requests, and responses become payload v2")
class ApiGatewayEventsTest {

    @Test
    @DisplayName("on the $default stage the raw path is the path, and method and request id come from the request context")
    void defaultStage() {
        HttpRequest request = ApiGatewayEvents.toRequest(Events.fixture("default-stage-get-board.json"));

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/api/habits");
        assertThat(request.basePath()).isEmpty();
        assertThat(request.requestId()).isEqualTo("JKJaXmPLvHcESHA=");
        assertThat(request.sourceIp()).isEqualTo("203.0.113.7");
    }

    @Test
    @DisplayName("a named stage's prefix is stripped and kept as the base path; a trailing slash goes")
    void namedStage() {
        HttpRequest request = ApiGatewayEvents.toRequest(Events.fixture("named-stage-health.json"));

        assertThat(request.path()).isEqualTo("/health");
        assertThat(request.basePath()).isEqualTo("/prod");
        assertThat(request.queryParameter("verbose")).contains("1");
    }

    @Test
    @DisplayName("cookies arrive from the cookies list")
    void cookiesFromList() {
        HttpRequest request = ApiGatewayEvents.toRequest(Events.fixture("default-stage-get-board.json"));

        assertThat(request.cookies()).containsEntry("habits_session", "SESSION_TOKEN").containsEntry("theme", "dark");
    }

    @Test
    @DisplayName("upper-case header names are lower-cased, and a Cookie header is read as well")
    void mixedCaseHeadersAndCookieHeader() {
        HttpRequest request = ApiGatewayEvents.toRequest(Events.fixture("mixed-case-headers-create-habit.json"));

        assertThat(request.header("content-type")).contains("application/json; charset=utf-8");
        assertThat(request.header("Origin")).contains("https://r3pmxmplak.execute-api.eu-central-1.amazonaws.com");
        assertThat(request.headers()).containsKey("host").doesNotContainKey("Host");
        assertThat(request.cookies()).containsEntry("habits_session", "SESSION_TOKEN").containsEntry("lang", "de");
        assertThat(request.path()).isEqualTo("/api/habits");
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).contains("\"emoji\": \"📚\"");
    }

    @Test
    @DisplayName("a base64 body is decoded, and the stage prefix is stripped from a POST as well")
    void base64Body() {
        HttpRequest request = ApiGatewayEvents.toRequest(Events.fixture("base64-body-register.json"));

        assertThat(new String(request.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"username\": \"ada\", \"password\": \"correct horse battery\", \"timeZone\": \"Europe/Berlin\"}");
        assertThat(request.path()).isEqualTo("/api/auth/register");
        assertThat(request.basePath()).isEqualTo("/staging");
    }

    @Test
    @DisplayName("a body flagged base64 that is not is refused")
    void badBase64() {
        var event = Events.request("POST", "/api/auth/login").json("{not base64!}").build();
        event.setIsBase64Encoded(true);

        assertThatThrownBy(() -> ApiGatewayEvents.toRequest(event)).isInstanceOf(ApiGatewayEvents.UnreadableBody.class);
    }

    @Test
    @DisplayName("a path that only starts like the stage name keeps its prefix")
    void stageNameMustBeWholeSegment() {
        var event = Events.request("GET", "/production/health").build();
        event.getRequestContext().setStage("prod");

        assertThat(ApiGatewayEvents.toRequest(event).path()).isEqualTo("/production/health");
    }

    @Test
    @DisplayName("query strings are decoded and repeated names keep every value")
    void query() {
        var request = ApiGatewayEvents.toRequest(Events.request("GET", "/x?from=2026-11-01&to=2026%2D11%2D22&tag=a&tag=b+c").build());

        assertThat(request.query()).containsEntry("from", List.of("2026-11-01")).containsEntry("to", List.of("2026-11-22"))
                .containsEntry("tag", List.of("a", "b c"));
    }

    @Test
    @DisplayName("no request id from API Gateway: one is made up")
    void generatedRequestId() {
        var event = Events.request("GET", "/health").build();
        event.getRequestContext().setRequestId(null);

        assertThat(ApiGatewayEvents.toRequest(event).requestId()).hasSize(36);
    }

    @Test
    @DisplayName("two Set-Cookie values go out through the cookies list, never as a header")
    void twoCookiesOut() {
        var response = new HttpResponse(200, Map.of("Content-Type", "application/json"),
                List.of("habits_session=abc; Path=/; HttpOnly", "theme=dark; Path=/"), "{}");

        var out = ApiGatewayEvents.toResponse(response);

        assertThat(out.getCookies()).containsExactly("habits_session=abc; Path=/; HttpOnly", "theme=dark; Path=/");
        assertThat(out.getHeaders()).doesNotContainKey("Set-Cookie").containsEntry("Content-Type", "application/json");
        assertThat(out.getStatusCode()).isEqualTo(200);
        assertThat(out.getIsBase64Encoded()).isFalse();
    }
}
