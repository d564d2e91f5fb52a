package org.habittracker.adapters.lambda.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The CSRF guard lets only this site change state")
class CsrfGuardTest {

    private final CsrfGuard guard = new CsrfGuard(Set.of("https://app.example.org"));

    private static HttpRequest request(String method, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.putIfAbsent("host", "habits.example.com");
        return new HttpRequest(method, "/api/habits", "", Map.<String, List<String>>of(), all, Map.of(), new byte[0],
                "1.2.3.4", "r1");
    }

    private void allowed(HttpRequest request) {
        assertThatCode(() -> guard.check(request, false)).doesNotThrowAnyException();
    }

    private void refused(HttpRequest request) {
        assertThatThrownBy(() -> guard.check(request, false)).isInstanceOfSatisfying(Problem.class,
                p -> org.assertj.core.api.Assertions.assertThat(p.status()).isEqualTo(403));
    }

    @Test
    @DisplayName("safe methods pass whatever their origin")
    void safeMethods() {
        allowed(request("GET", Map.of("origin", "https://evil.example")));
    }

    @Test
    @DisplayName("an Origin with the request's host passes (default port or not)")
    void sameHost() {
        allowed(request("POST", Map.of("origin", "https://habits.example.com")));
        allowed(request("POST", Map.of("origin", "https://habits.example.com:443")));
        allowed(request("POST", Map.of("origin", "http://localhost:8080", "host", "localhost:8080",
                "x-forwarded-proto", "http")));
    }

    @Test
    @DisplayName("behind a proxy the X-Forwarded-Host counts, not the Host")
    void forwardedHost() {
        allowed(request("DELETE", Map.of("origin", "https://habits.example.com", "host", "abc.execute-api.aws",
                "x-forwarded-host", "habits.example.com")));
    }

    @Test
    @DisplayName("an allowed origin passes")
    void allowedOrigin() {
        allowed(request("PUT", Map.of("origin", "https://APP.example.org/")));
    }

    @Test
    @DisplayName("an Origin with the request's host but another scheme is refused (https origin, http server)")
    void otherScheme() {
        refused(request("POST", Map.of("origin", "https://localhost:8080", "host", "localhost:8080",
                "x-forwarded-proto", "http")));
        refused(request("POST", Map.of("origin", "http://habits.example.com", "x-forwarded-proto", "https")));
    }

    @Test
    @DisplayName("without X-Forwarded-Proto the request came through API Gateway, so https: an http Origin is refused")
    void schemeDefaultsToHttps() {
        refused(request("POST", Map.of("origin", "http://habits.example.com")));
        allowed(request("POST", Map.of("origin", "https://habits.example.com")));
    }

    @Test
    @DisplayName("the default port of the request's scheme matches an Origin without a port, and no other")
    void defaultPorts() {
        allowed(request("POST", Map.of("origin", "http://localhost", "host", "localhost:80", "x-forwarded-proto", "http")));
        refused(request("POST", Map.of("origin", "http://localhost", "host", "localhost:443", "x-forwarded-proto",
                "http")));
        refused(request("POST", Map.of("origin", "https://habits.example.com:8443")));
    }

    @Test
    @DisplayName("a cross-site Origin is refused")
    void crossSite() {
        refused(request("POST", Map.of("origin", "https://evil.example")));
        refused(request("POST", Map.of("origin", "https://habits.example.com.evil.example")));
        refused(request("POST", Map.of("origin", "null")));
    }

    @Test
    @DisplayName("without Origin, Sec-Fetch-Site: same-origin passes and anything else is refused")
    void fetchMetadata() {
        allowed(request("PATCH", Map.of("sec-fetch-site", "same-origin")));
        refused(request("PATCH", Map.of("sec-fetch-site", "cross-site")));
        refused(request("PATCH", Map.of("sec-fetch-site", "same-site")));
        refused(request("PATCH", Map.of()));
    }

    @Test
    @DisplayName("a request with a bearer token is exempt")
    void bearerExempt() {
        assertThatCode(() -> guard.check(request("POST", Map.of("origin", "https://evil.example")), true))
                .doesNotThrowAnyException();
    }
}
