package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bridge over real HTTP, against a handler that records the event it gets and answers what it is told:
 * what reaches the handler is what API Gateway would send, and what the handler answers is what the browser
 * gets, byte for byte and cookie for cookie.
 */
class BridgeTest {
    private static final AtomicReference<APIGatewayV2HTTPEvent> received = new AtomicReference<>();
    private static final AtomicReference<APIGatewayV2HTTPResponse> answer = new AtomicReference<>();
    private static final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> RECORDER = (event, context) -> {
        received.set(event);
        return answer.get();
    };
    private static LocalServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() {
        // An external database URL means no embedded PostgreSQL; the recorder never uses it.
        server = LocalServer.start(Map.of("PORT", "0", "HABITS_DB_URL", "jdbc:postgresql://unused.invalid/db"),
                environment -> new ApiBackend(RECORDER, () -> { }), DefaultPostgresBinaryResolver.INSTANCE);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void answerOkByDefault() {
        answer.set(APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json")).withBody("{}").build());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + server.port() + pathAndQuery);
    }

    @Test
    @DisplayName("cookies sent in a Cookie header reach the handler one by one in the cookies list")
    void cookiesReachTheHandler() throws Exception {
        send(HttpRequest.newBuilder(uri("/api/auth/check")).header("Cookie", "habits_session=abc; theme=dark"));

        assertThat(received.get().getCookies()).containsExactly("habits_session=abc", "theme=dark");
        assertThat(received.get().getHeaders()).doesNotContainKey("cookie");
    }

    @Test
    @DisplayName("a query string with repeated keys arrives raw and with the values joined")
    void repeatedQueryKeysReachTheHandler() throws Exception {
        send(HttpRequest.newBuilder(uri("/api/habits/h1/checkins?from=2026-01-01&x=1&x=2")));

        assertThat(received.get().getRawPath()).isEqualTo("/api/habits/h1/checkins");
        assertThat(received.get().getRawQueryString()).isEqualTo("from=2026-01-01&x=1&x=2");
        assertThat(received.get().getQueryStringParameters()).containsEntry("x", "1,2");
    }

    @Test
    @DisplayName("a binary request body reaches the handler base64-encoded, byte for byte")
    void binaryBodyReachesTheHandler() throws Exception {
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0, (byte) 0x80, (byte) 0xff};

        send(HttpRequest.newBuilder(uri("/api/import")).header("Content-Type", "application/zip")
                .POST(BodyPublishers.ofByteArray(zip)));

        assertThat(received.get().getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(received.get().getBody())).isEqualTo(zip);
        assertThat(received.get().getRequestContext().getHttp().getMethod()).isEqualTo("POST");
    }

    @Test
    @DisplayName("two cookies from the handler reach the browser as two Set-Cookie headers")
    void twoCookiesReachTheBrowser() throws Exception {
        answer.set(APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{}")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withCookies(List.of("habits_session=new; HttpOnly; SameSite=Lax; Path=/", "old=; Max-Age=0; Path=/"))
                .build());

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/api/auth/login")));

        assertThat(response.headers().allValues("set-cookie"))
                .containsExactly("habits_session=new; HttpOnly; SameSite=Lax; Path=/", "old=; Max-Age=0; Path=/");
    }

    @Test
    @DisplayName("a base64 response body reaches the browser as the bytes it encodes")
    void binaryResponseReachesTheBrowser() throws Exception {
        byte[] bytes = {0x1f, (byte) 0x8b, 8, 0, (byte) 0xfe};
        answer.set(APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/octet-stream"))
                .withBody(Base64.getEncoder().encodeToString(bytes)).withIsBase64Encoded(true).build());

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/api/export")));

        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/octet-stream");
    }

    @Test
    @DisplayName("a 204 from the handler reaches the browser with no body")
    void noContentReachesTheBrowser() throws Exception {
        answer.set(APIGatewayV2HTTPResponse.builder().withStatusCode(204).build());

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/api/auth/logout"))
                .POST(BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    @DisplayName("a HEAD request reaches the handler as HEAD and the browser gets its status and headers only")
    void headReachesTheHandler() throws Exception {
        answer.set(APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json", "X-Request-Id", "r-1")).withBody("{\"a\":1}")
                .build());

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/health"))
                .method("HEAD", BodyPublishers.noBody()));

        assertThat(received.get().getRequestContext().getHttp().getMethod()).isEqualTo("HEAD");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-request-id")).hasValue("r-1");
        assertThat(response.body()).isEmpty();
    }

    @Test
    @DisplayName("the trailing-slash health path reaches the handler as sent")
    void trailingSlashHealthReachesTheHandler() throws Exception {
        send(HttpRequest.newBuilder(uri("/health/")));

        assertThat(received.get().getRawPath()).isEqualTo("/health/");
    }
}
