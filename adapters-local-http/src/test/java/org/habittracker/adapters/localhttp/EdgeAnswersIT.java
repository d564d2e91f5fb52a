package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.persistence.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the local server answers to requests an attacker would send, over real HTTP to the real handler on
 * PostgreSQL: every {@code /api/*} answer, whoever gives it (Jetty, the bridge, the handler), is a problem document
 * with a request id, and nothing refused is stored; the web app's own pages carry the browser's protections.
 */
class EdgeAnswersIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "localhttp_edge_" + UUID.randomUUID().toString().substring(0, 8);
    private static final String HABIT = "{\"name\":\"Read\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"},"
            + "\"goal\":{\"type\":\"yesNo\"}}";

    private static ApiGatewayHandler handler;
    private static LocalServer server;
    private static String session;

    @BeforeAll
    static void start() {
        Map<String, String> env = new HashMap<>(TestPostgres.server().habitsEnvironment(SCHEMA));
        env.put("HABITS_COOKIE_SECURE", "false");
        handler = ApiGatewayHandler.fromEnvironment(env);
        env.put("PORT", "0");
        server = LocalServer.start(env, environment -> new ApiBackend(handler, () -> { }),
                DefaultPostgresBinaryResolver.INSTANCE);
        RawHttp.Answer registered = json("POST", "/api/auth/register",
                "{\"username\":\"edge\",\"password\":\"correct horse battery\",\"timeZone\":\"UTC\"}".getBytes(
                        StandardCharsets.UTF_8), "");
        session = registered.header("set-cookie").orElseThrow().split(";", 2)[0];
    }

    @AfterAll
    static void stop() {
        server.close();
        handler.close();
        TestPostgres.server().dropSchema(SCHEMA);
    }

    private static String origin() {
        return "http://localhost:" + server.port();
    }

    private static RawHttp.Answer json(String method, String path, byte[] body, String extraHeaders) {
        return RawHttp.send(server.port(), method + " " + path + " HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Origin: " + origin() + "\r\n" + (session == null ? "" : "Cookie: " + session + "\r\n")
                + "Content-Length: " + body.length + "\r\n" + extraHeaders, body);
    }

    private static RawHttp.Answer get(String path) {
        return RawHttp.send(server.port(), "GET " + path + " HTTP/1.1\r\n"
                + (session == null ? "" : "Cookie: " + session + "\r\n"));
    }

    private static int habitCount() {
        return read(get("/api/habits").body()).path("habits").size();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    /** A problem document with the status it says, and a request id. */
    private static JsonNode problem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("content-type")).as(answer.toString()).hasValue("application/problem+json");
        assertThat(answer.header("x-request-id")).as(answer.toString()).isPresent();
        JsonNode problem = read(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    @Test
    @DisplayName("%00 in an API path is a 400 problem with a request id")
    void nulInThePath() {
        problem(get("/api/habits/%00"), 400);
    }

    @Test
    @DisplayName("%2e%2e in an API path climbs nowhere: a 404 problem with a request id, not /health")
    void encodedDotsInThePath() {
        assertThat(problem(get("/api/%2e%2e/health"), 404).path("type").asText()).isEqualTo("/problems/not-found");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/api/habits%2fx", "/api/habits/%ff",
            "/api/habits/%zz", "/api/habits/%c0%ae%c0%ae", "/api/habits/..%5c..%5c", "/api/habits/\u00e9",
            "/api/habits;jsessionid=1", "/api/habits/%u002e"})
    @DisplayName("an odd API path is a 4xx problem with a request id")
    void oddPaths(String path) {
        RawHttp.Answer answer = get(path);

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        problem(answer, answer.status());
    }

    @Test
    @DisplayName("TRACE is a 405 problem naming the methods the path takes in Allow")
    void trace() {
        RawHttp.Answer answer = RawHttp.send(server.port(), "TRACE /api/habits HTTP/1.1\r\n");

        problem(answer, 405);
        assertThat(answer.header("allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    }

    @Test
    @DisplayName("a made-up method is a 405 problem naming the methods the path takes in Allow")
    void unknownMethod() {
        RawHttp.Answer answer = RawHttp.send(server.port(), "BREW /api/habits HTTP/1.1\r\n");

        problem(answer, 405);
        assertThat(answer.header("allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    }

    @Test
    @DisplayName("a body over 6 MiB is a 413 problem, and nothing is stored")
    void bodyOverTheCeiling() {
        int before = habitCount();
        byte[] body = new byte[LambdaBridge.MAX_BODY_BYTES + 1];
        Arrays.fill(body, (byte) ' ');

        problem(json("POST", "/api/habits", body, ""), 413);
        assertThat(habitCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("a chunked body over 6 MiB, which says no length, is a 413 problem too")
    void chunkedBodyOverTheCeiling() {
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        byte[] body = chunked(chunk, 7);

        RawHttp.Answer answer = RawHttp.send(server.port(), "POST /api/habits HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Origin: " + origin() + "\r\nCookie: " + session + "\r\nTransfer-Encoding: chunked\r\n", body);

        problem(answer, 413);
    }

    private static byte[] chunked(byte[] chunk, int times) {
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[times * (size.length + chunk.length + crlf.length) + end.length];
        int at = 0;
        for (int i = 0; i < times; i++) {
            System.arraycopy(size, 0, all, at, size.length);
            at += size.length;
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
            System.arraycopy(crlf, 0, all, at, crlf.length);
            at += crlf.length;
        }
        System.arraycopy(end, 0, all, at, end.length);
        return all;
    }

    @Test
    @DisplayName("headers past Jetty's limit are a 431 problem with a request id")
    void headersTooLarge() {
        problem(RawHttp.send(server.port(), "GET /api/habits HTTP/1.1\r\nX-Padding: " + "a".repeat(20_000) + "\r\n"),
                431);
    }

    @Test
    @DisplayName("a JSON body that is not UTF-8 is a 400 problem, and nothing is stored (no U+FFFD in a name)")
    void invalidUtf8Body() {
        int before = habitCount();
        byte[] body = HABIT.replace("Read", "Re\u0001d").getBytes(StandardCharsets.UTF_8);
        body[HABIT.indexOf("Read") + 2] = (byte) 0xFF; // in place of the \u0001: a byte UTF-8 never has

        JsonNode problem = problem(json("POST", "/api/habits", body, ""), 400);

        assertThat(problem.path("type").asText()).isEqualTo("/problems/malformed-json");
        assertThat(habitCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("a NUL in a habit's name is a 400 naming the field, and nothing is stored")
    void nulInAName() {
        int before = habitCount();

        JsonNode problem = problem(json("POST", "/api/habits", HABIT.replace("Read", "Re\\u0000d")
                .getBytes(StandardCharsets.UTF_8), ""), 400);

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("name");
        assertThat(habitCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("an https Origin is refused by this http server: a 403, and the session survives")
    void originWithAnotherScheme() {
        RawHttp.Answer answer = RawHttp.send(server.port(), "POST /api/auth/logout HTTP/1.1\r\nOrigin: https://localhost:"
                + server.port() + "\r\nCookie: " + session + "\r\nContent-Length: 0\r\n");

        assertThat(problem(answer, 403).path("type").asText()).isEqualTo("/problems/cross-site");
        assertThat(get("/api/habits").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("index.html, an asset and the index fallback carry the CSP, nosniff, a referrer policy and a request id")
    void spaResponsesCarryTheBrowserProtections() {
        RawHttp.Answer index = get("/");
        String asset = index.body().replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");

        for (RawHttp.Answer answer : new RawHttp.Answer[] {index, get(asset), get("/habits/some-id")}) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.header("content-security-policy")).hasValue("default-src 'self'; frame-ancestors 'none';"
                    + " base-uri 'self'; form-action 'self'; object-src 'none'");
            assertThat(answer.header("x-content-type-options")).hasValue("nosniff");
            assertThat(answer.header("referrer-policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(answer.header("x-request-id")).isPresent();
        }
    }

    @Test
    @DisplayName("the built web app has no inline script or style for the CSP to block")
    void noInlineScriptOrStyle() {
        String index = get("/").body();

        assertThat(index).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("<style")
                .doesNotContain(" style=").doesNotContainPattern(" on[a-z]+=");
    }
}
