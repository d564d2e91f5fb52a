package org.habittracker.adapters.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.lambda.observability.RequestLog;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.RealServices;

/**
 * The SnapStart lifecycle as the runtime drives it ({@link FakeCracContext}), with a fixed database password,
 * against real PostgreSQL and Redis: the priming may then reach the database during init.
 */
@DisplayName("SnapStart hooks: prime through JDBC, drop connections before the snapshot, work again after restore")
class SnapStartHooksIT {

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final FakeCracContext crac = new FakeCracContext();
    private RealServices.Schema schema;
    private ApiGatewayHandler handler;

    @BeforeEach
    void publishVersion() {
        schema = RealServices.freshSchema();
        Map<String, String> env = new HashMap<>(RealServices.environment(schema));
        env.put("HABITS_DB_POOL_SIZE", "1");
        handler = new ApiGatewayHandler(env, HabitsRuntime.Options.defaults(),
                new RequestLog(log::add, Clock.systemUTC(), "test"), crac);
    }

    @AfterEach
    void close() {
        handler.close();
        schema.close();
    }

    @Test
    @DisplayName("the checkpoint primes the board's signed-in path through JDBC as nobody's principal, answering no 5xx")
    void primesTheBoard() throws Exception {
        crac.checkpoint();

        List<JsonNode> priming = lines();
        assertThat(priming).allSatisfy(line -> {
            assertThat(line.get("requestId").asText()).isEqualTo(SnapStartHooks.PRIMING_REQUEST_ID);
            assertThat(line.get("status").asInt()).isLessThan(500);
        });
        assertThat(priming).extracting(line -> line.get("route").asText() + " " + line.get("status").asInt())
                .containsExactly("/api/auth/check 200", "/api/habits 401", "/health 200", "/api/habits 200");
        assertThat(priming.getLast().has("userIdHash")).as("the board ran as the priming principal").isTrue();
    }

    @Test
    @DisplayName("the snapshot holds no pooled connection")
    void evictsConnections() throws Exception {
        crac.checkpoint();

        assertThat(handler.runtime().orElseThrow().openConnections()).isZero();
    }

    @Test
    @DisplayName("after restore the first request works, and the cache reconnects by itself")
    void firstRequestAfterRestore() throws Exception {
        crac.checkpoint();
        crac.restore();

        ApiResponse registered = send(Events.request("POST", "/api/auth/register")
                .json("{\"username\":\"snap" + System.nanoTime() % 100000
                        + "\",\"password\":\"correct horse battery\",\"timeZone\":\"UTC\"}").build());
        assertThat(registered.status()).isEqualTo(201);
        ApiResponse board = send(Events.request("GET", "/api/habits")
                .session(registered.sessionToken().orElseThrow()).build());
        assertThat(board.status()).isEqualTo(200);
        assertThat(cacheStatusWithin(5_000)).as("the cache reconnects after restore").isEqualTo("healthy");
    }

    private String cacheStatusWithin(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        String status = "";
        while (!status.equals("healthy") && System.currentTimeMillis() < deadline) {
            status = send(Events.request("GET", "/health").build()).json().get("status").asText();
            Thread.sleep(100);
        }
        return status;
    }

    private ApiResponse send(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent event) {
        return new ApiResponse(handler.handleRequest(event, null));
    }

    private List<JsonNode> lines() {
        JsonMapper json = JsonMapper.builder().build();
        return log.stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }
}
