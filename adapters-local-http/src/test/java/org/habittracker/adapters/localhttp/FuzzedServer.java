package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.lambda.fuzz.WriteEndpoints;
import org.habittracker.adapters.persistence.TestPostgres;

/**
 * The local server over real PostgreSQL with one user, a habit, a check-in and a pause, for the fuzz suites that go
 * through it: raw HTTP requests carrying that user's session and a same-origin {@code Origin}, what the user's data
 * is (to compare before and after a refusal), and what every answer must be whatever was sent.
 */
final class FuzzedServer implements AutoCloseable, WriteEndpoints.Account {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Client addresses handed out so far; each request comes from a loopback address of its own. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final String schema;
    private final ApiGatewayHandler handler;
    private final LocalServer server;
    private final String session;
    private final String habit;

    private FuzzedServer(String schema, ApiGatewayHandler handler, LocalServer server, String session, String habit) {
        this.schema = schema;
        this.handler = handler;
        this.server = server;
        this.session = session;
        this.habit = habit;
    }

    static FuzzedServer start(String name) {
        String schema = "localhttp_" + name + "_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new HashMap<>(TestPostgres.server().habitsEnvironment(schema));
        env.put("HABITS_COOKIE_SECURE", "false");
        ApiGatewayHandler handler = ApiGatewayHandler.fromEnvironment(env);
        env.put("PORT", "0");
        LocalServer server = LocalServer.start(env, environment -> new ApiBackend(handler, () -> { }),
                DefaultPostgresBinaryResolver.INSTANCE);
        RawHttp.Answer registered = json(server.port(), "", "POST", "/api/auth/register",
                utf8("{\"username\":\"fuzzer\",\"password\":\"correct horse battery\",\"timeZone\":\"UTC\"}"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String session = registered.header("set-cookie").orElseThrow().split(";", 2)[0];
        RawHttp.Answer created = json(server.port(), session, "POST", "/api/habits", utf8(WriteEndpoints.HABIT));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        FuzzedServer fuzzed = new FuzzedServer(schema, handler, server, session, read(created.body()).path("id").asText());
        fuzzed.send("PUT", fuzzed.habitPath() + "/checkins/2026-11-21", utf8("{\"status\":\"DONE\",\"amount\":9}"));
        fuzzed.send("POST", "/api/pauses", utf8("{\"from\":\"2026-11-10\",\"to\":\"2026-11-12\"}"));
        return fuzzed;
    }

    int port() {
        return server.port();
    }

    @Override
    public String habitId() {
        return habit;
    }

    @Override
    public String importable() {
        ObjectNode export = (ObjectNode) data().get("export");
        ((ObjectNode) export.get("habits").get(0)).put("id", "0190a000-0000-7000-8000-000000000001");
        return export.toString();
    }

    String habitPath() {
        return "/api/habits/" + habit;
    }

    /** A JSON request with the user's session, its length said truly, from a client address of its own. */
    RawHttp.Answer send(String method, String path, byte[] body) {
        return json(server.port(), session, method, path, body);
    }

    private static RawHttp.Answer json(int port, String session, String method, String path, byte[] body) {
        return RawHttp.send(nextClient(), port, method + " " + path + " HTTP/1.1\r\n" + sameOrigin(port, session)
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);
    }

    /** A request as given, its head with the user's session and a same-origin {@code Origin} added. */
    RawHttp.Answer send(RawHttp.Client client, String head, byte[] body) {
        return RawHttp.send(client, server.port(), head + sameOrigin(server.port(), session), body);
    }

    private static String sameOrigin(int port, String session) {
        return "Origin: http://localhost:" + port + "\r\n" + (session.isEmpty() ? "" : "Cookie: " + session + "\r\n");
    }

    /** A loopback address no request has come from yet: per-client throttles never hide what a request gets. */
    static RawHttp.Client nextClient() {
        int n = CLIENTS.incrementAndGet();
        byte[] address = {127, (byte) (1 + n / 250 / 250 % 250), (byte) (1 + n / 250 % 250), (byte) (1 + n % 250)};
        try {
            return new RawHttp.Client(InetAddress.getByAddress(address), false);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The user's data: the export ({@code exportedAt} aside) and the API tokens, which the export leaves out. */
    JsonNode data() {
        ObjectNode data = JSON.createObjectNode();
        ObjectNode export = (ObjectNode) read(get("/api/export"));
        export.remove("exportedAt");
        data.set("export", export);
        data.set("tokens", read(get("/api/tokens")));
        return data;
    }

    private String get(String path) {
        RawHttp.Answer answer = send(nextClient(), "GET " + path + " HTTP/1.1\r\n", new byte[0]);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    /**
     * What any answer to anything must be: not a 5xx; and a refusal is a problem document, with a request id, whose
     * status is the answer's.
     */
    static void assertAnswered(RawHttp.Answer answer, String what) {
        String seen = what + " → " + answer;
        assertThat(answer.status()).as(seen).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.header("content-type")).as(seen)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.header("x-request-id")).as(seen).isPresent();
            if (!answer.body().isEmpty()) { // a HEAD's answer has none
                assertThat(read(answer.body()).path("status").asInt()).as(seen).isEqualTo(answer.status());
            }
        }
    }

    /** The server still serves its health check and the user's habits, with the session it had. */
    void assertStillAnswers() {
        RawHttp.Answer health = RawHttp.send(nextClient(), server.port(), "GET /health HTTP/1.1\r\n", new byte[0]);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(read(get("/api/habits")).path("habits").size()).isPositive();
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        handler.close();
        TestPostgres.server().dropSchema(schema);
    }
}
