package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiGatewayEventsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    private static HttpRequestSnapshot request(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) {
        return new HttpRequestSnapshot(method, path, query, headers, body, "192.0.2.7", "HTTP/1.1", "http");
    }

    private static APIGatewayV2HTTPEvent translate(HttpRequestSnapshot request) {
        return ApiGatewayEvents.toEvent(request, "req-1", NOW);
    }

    @Test
    @DisplayName("header names become lower-case and repeated values are joined with commas")
    void headersAreLowerCasedAndJoined() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Forwarded-For", List.of("198.51.100.1", "203.0.113.9"));
        headers.put("Accept", List.of("application/json"));

        APIGatewayV2HTTPEvent event = translate(request("GET", "/api/habits", "", headers, new byte[0]));

        assertThat(event.getHeaders())
                .containsEntry("x-forwarded-for", "198.51.100.1,203.0.113.9")
                .containsEntry("accept", "application/json");
    }

    @Test
    @DisplayName("cookies leave the headers and arrive one by one in the cookies list")
    void cookiesMoveToTheCookiesList() {
        Map<String, List<String>> headers = Map.of("Cookie", List.of("habits_session=abc; theme=dark"));

        APIGatewayV2HTTPEvent event = translate(request("GET", "/api/me", "", headers, new byte[0]));

        assertThat(event.getCookies()).containsExactly("habits_session=abc", "theme=dark");
        assertThat(event.getHeaders()).doesNotContainKey("cookie");
    }

    @Test
    @DisplayName("the raw query string is kept and repeated keys are joined in the parameters")
    void repeatedQueryKeysAreJoined() {
        APIGatewayV2HTTPEvent event = translate(request("GET", "/api/habits/1/checkins",
                "from=2026-01-01&tag=a&tag=b%20c", Map.of(), new byte[0]));

        assertThat(event.getRawQueryString()).isEqualTo("from=2026-01-01&tag=a&tag=b%20c");
        assertThat(event.getQueryStringParameters())
                .containsEntry("from", "2026-01-01")
                .containsEntry("tag", "a,b c");
    }

    @Test
    @DisplayName("a JSON body passes as text")
    void jsonBodyIsText() {
        byte[] body = "{\"name\":\"Read ✓\"}".getBytes(StandardCharsets.UTF_8);

        APIGatewayV2HTTPEvent event = translate(request("POST", "/api/habits", "",
                Map.of("Content-Type", List.of("application/json; charset=utf-8")), body));

        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(event.getBody()).isEqualTo("{\"name\":\"Read ✓\"}");
    }

    @Test
    @DisplayName("a binary body is base64-encoded, byte for byte")
    void binaryBodyIsBase64() {
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, (byte) 0xff, 0x00};

        APIGatewayV2HTTPEvent event = translate(request("POST", "/api/import", "",
                Map.of("Content-Type", List.of("application/zip")), zip));

        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(event.getBody())).isEqualTo(zip);
    }

    @Test
    @DisplayName("an empty body is absent, as API Gateway sends it")
    void emptyBodyIsNull() {
        APIGatewayV2HTTPEvent event = translate(request("DELETE", "/api/habits/1", "", Map.of(), new byte[0]));

        assertThat(event.getBody()).isNull();
        assertThat(event.getIsBase64Encoded()).isFalse();
    }

    @Test
    @DisplayName("the request context carries method, path, source address, stage and request id")
    void requestContextIsFilled() {
        APIGatewayV2HTTPEvent event = translate(request("PATCH", "/api/me", "", Map.of("Host", List.of("localhost:8080")),
                new byte[0]));

        assertThat(event.getRawPath()).isEqualTo("/api/me");
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("PATCH");
        assertThat(event.getRequestContext().getHttp().getPath()).isEqualTo("/api/me");
        assertThat(event.getRequestContext().getHttp().getSourceIp()).isEqualTo("192.0.2.7");
        assertThat(event.getRequestContext().getStage()).isEqualTo("$default");
        assertThat(event.getRequestContext().getRequestId()).isEqualTo("req-1");
        assertThat(event.getRequestContext().getDomainName()).isEqualTo("localhost:8080");
        assertThat(event.getRequestContext().getTimeEpoch()).isEqualTo(NOW.toEpochMilli());
    }
}
