package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.persistence.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same request, once over HTTP through the local server and once straight into the handler as the event
 * API Gateway would send, gets the same answer: status, content type, cookies and body. Both go to one
 * handler over a real PostgreSQL.
 */
class BridgeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "localhttp_bridge_" + UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient http = HttpClient.newHttpClient();

    private static ApiGatewayHandler handler;
    private static LocalServer server;
    private static String sessionCookie;
    private static String habitId = "";
    private static String today = "";

    /** One request of the table; {@code body} is sent as is, {@code contentType} may be empty. */
    record Exchange(String method, String pathAndQuery, String contentType, byte[] body, boolean withSession) {
        @Override
        public String toString() {
            return method + " " + pathAndQuery + (contentType.isEmpty() ? "" : " (" + contentType + ")");
        }
    }

    /** What a browser can see of an answer, minus what differs between any two calls (request ids, timings). */
    record Seen(int status, String contentType, List<String> cookieAttributes, String body) {
    }

    @BeforeAll
    static void start() {
        Map<String, String> env = new HashMap<>(TestPostgres.server().habitsEnvironment(SCHEMA));
        env.put("HABITS_COOKIE_SECURE", "false");
        handler = ApiGatewayHandler.fromEnvironment(env);
        Map<String, String> serverEnv = new HashMap<>(env);
        serverEnv.put("PORT", "0");
        server = LocalServer.start(serverEnv, environment -> new ApiBackend(handler, () -> { }),
                DefaultPostgresBinaryResolver.INSTANCE);

        APIGatewayV2HTTPResponse registered = direct(new Exchange("POST", "/api/auth/register", "application/json",
                "{\"username\":\"bridge\",\"password\":\"correct horse battery\",\"timeZone\":\"UTC\"}"
                        .getBytes(StandardCharsets.UTF_8), false));
        sessionCookie = registered.getCookies().get(0).split(";", 2)[0];
        APIGatewayV2HTTPResponse created = direct(new Exchange("POST", "/api/habits", "application/json",
                "{\"name\":\"Read\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"},\"goal\":{\"type\":\"yesNo\"}}"
                        .getBytes(StandardCharsets.UTF_8), true));
        habitId = read(created.getBody()).path("id").asText();
        today = read(direct(new Exchange("GET", "/api/habits", "", new byte[0], true)).getBody()).path("today").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
        handler.close();
        TestPostgres.server().dropSchema(SCHEMA);
    }

    static Stream<Arguments> table() {
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0, (byte) 0x80, (byte) 0xff};
        return Stream.of(
                new Exchange("GET", "/health", "", new byte[0], false),
                new Exchange("GET", "/health/", "", new byte[0], false),
                new Exchange("GET", "/api/auth/check", "", new byte[0], true),
                new Exchange("GET", "/api/auth/check", "", new byte[0], false),
                new Exchange("GET", "/api/habits?view=board&view=all", "", new byte[0], true),
                new Exchange("GET", "/api/habits", "", new byte[0], false),
                new Exchange("PUT", "/api/habits/{habit}/checkins/{today}", "application/json",
                        "{\"status\":\"DONE\",\"note\":\"über ✓\"}".getBytes(StandardCharsets.UTF_8), true),
                new Exchange("GET", "/api/habits/{habit}/checkins?from={today}&to={today}", "", new byte[0], true),
                new Exchange("POST", "/api/import", "application/zip", zip, true),
                new Exchange("POST", "/api/habits", "application/json", "{\"name\":".getBytes(StandardCharsets.UTF_8),
                        true),
                new Exchange("DELETE", "/api/habits/{habit}/checkins/2001-01-01", "", new byte[0], true),
                new Exchange("PATCH", "/health", "", new byte[0], false),
                new Exchange("GET", "/api/no-such-thing", "", new byte[0], true))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theLocalServerAnswersAsTheHandlerDoes(Exchange exchange) throws Exception {
        Seen overHttp = overHttp(exchange);
        Seen direct = seen(direct(exchange));

        assertThat(overHttp).isEqualTo(direct);
    }

    private static String resolve(String pathAndQuery) {
        return pathAndQuery.replace("{habit}", habitId).replace("{today}", today);
    }

    private static Seen overHttp(Exchange exchange) throws Exception {
        String origin = "http://localhost:" + server.port();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + resolve(exchange.pathAndQuery())))
                .method(exchange.method(), exchange.body().length == 0 ? BodyPublishers.noBody()
                        : BodyPublishers.ofByteArray(exchange.body()))
                .header("Origin", origin);
        if (!exchange.contentType().isEmpty()) {
            request.header("Content-Type", exchange.contentType());
        }
        if (exchange.withSession()) {
            request.header("Cookie", sessionCookie);
        }
        HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
        return new Seen(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                attributes(response.headers().allValues("set-cookie")),
                comparable(new String(response.body(), StandardCharsets.UTF_8)));
    }

    /** The event API Gateway sends for the request, written out by hand (not by the bridge under test). */
    private static APIGatewayV2HTTPResponse direct(Exchange exchange) {
        String pathAndQuery = resolve(exchange.pathAndQuery());
        String path = pathAndQuery.split("\\?", 2)[0];
        String query = pathAndQuery.contains("?") ? pathAndQuery.split("\\?", 2)[1] : "";
        String origin = "http://localhost:" + (server == null ? 0 : server.port());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", origin.substring("http://".length()));
        headers.put("origin", origin);
        headers.put("x-forwarded-proto", "http"); // the scheme the local server was reached by, as the bridge says
        if (!exchange.contentType().isEmpty()) {
            headers.put("content-type", exchange.contentType());
        }
        boolean text = exchange.contentType().startsWith("application/json");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] keyValue = pair.split("=", 2);
                parameters.merge(keyValue[0], keyValue.length > 1 ? keyValue[1] : "", (a, b) -> a + "," + b);
            }
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(path).withRawQueryString(query)
                .withQueryStringParameters(parameters.isEmpty() ? null : parameters)
                .withHeaders(headers)
                .withCookies(exchange.withSession() ? List.of(sessionCookie) : null)
                .withBody(exchange.body().length == 0 ? null
                        : text ? new String(exchange.body(), StandardCharsets.UTF_8)
                        : Base64.getEncoder().encodeToString(exchange.body()))
                .withIsBase64Encoded(exchange.body().length > 0 && !text)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withStage("$default").withRouteKey("$default").withRequestId(UUID.randomUUID().toString())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(exchange.method())
                                .withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .build())
                .build();
        return handler.handleRequest(event, new LocalLambdaContext("direct"));
    }

    private static Seen seen(APIGatewayV2HTTPResponse response) {
        Map<String, String> headers = Optional.ofNullable(response.getHeaders()).orElse(Map.of());
        String contentType = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("content-type"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        String body = response.getBody() == null ? "" : response.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(response.getBody()), StandardCharsets.UTF_8)
                : response.getBody();
        return new Seen(response.getStatusCode(), contentType,
                attributes(Optional.ofNullable(response.getCookies()).orElse(List.of())), comparable(body));
    }

    /** Cookie names and attributes; the values are fresh tokens each time. */
    private static List<String> attributes(List<String> cookies) {
        return cookies.stream().map(c -> c.replaceFirst("=[^;]*", "=…")).toList();
    }

    /** The body with what differs between calls blanked: request ids and measured latencies. */
    private static String comparable(String body) {
        if (body.isEmpty() || !(body.startsWith("{") || body.startsWith("["))) {
            return body;
        }
        JsonNode json = read(body);
        blank(json);
        return json.toString();
    }

    private static void blank(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : List.of("latencyMs", "requestId", "instance")) {
                if (object.has(field)) {
                    object.put(field, "…");
                }
            }
        }
        node.forEach(BridgeIT::blank);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
