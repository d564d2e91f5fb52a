package org.habittracker.adapters.localhttp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * Talks to a running server over real HTTP the way the SPA does: keeps cookies, sends JSON with the page's
 * own {@code Origin} (the CSRF rule wants it on every change).
 */
final class BrowserlikeClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;
    private final HttpClient http;

    BrowserlikeClient(int port) {
        this.origin = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * @param contentType the {@code Content-Type} header, "" when there is none
     * @param retryAfter  the {@code Retry-After} header, "" when there is none
     * @param cacheControl the {@code Cache-Control} header, "" when there is none
     */
    record Answer(int status, String contentType, String retryAfter, String body, String cacheControl) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    Answer post(String path, String json) {
        return send(withBody("POST", path, json));
    }

    Answer put(String path, String json) {
        return send(withBody("PUT", path, json));
    }

    private HttpRequest.Builder withBody(String method, String path, String json) {
        return HttpRequest.newBuilder(URI.create(origin + path))
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Origin", origin);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""), response.body(),
                    response.headers().firstValue("Cache-Control").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
