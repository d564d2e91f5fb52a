package org.habittracker.adapters.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.lambda.observability.RequestLog;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.RealServices;

@DisplayName("SnapStart hooks: prime, drop connections before the snapshot, work again after restore")
class SnapStartHooksIT {

    @Test
    @DisplayName("priming answers synthetic requests that write nothing; after checkpoint and restore the API answers as before")
    void checkpointAndRestore() throws InterruptedException {
        List<String> log = new CopyOnWriteArrayList<>();
        Map<String, String> env = new HashMap<>();
        try (RealServices.Schema schema = RealServices.freshSchema()) {
            env.putAll(RealServices.environment(schema));
            env.put("HABITS_DB_POOL_SIZE", "1");
            checkpointAndRestore(env, log);
        }
    }

    private static void checkpointAndRestore(Map<String, String> env, List<String> log) throws InterruptedException {
        try (ApiGatewayHandler handler = ApiGatewayHandler.fromEnvironment(env, HabitsRuntime.Options.defaults(),
                new RequestLog(log::add, Clock.systemUTC()))) {
            SnapStartHooks hooks = new SnapStartHooks(handler, handler.runtime().orElseThrow());

            hooks.beforeCheckpoint(null);

            assertThat(log).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"requestId\":\"snapstart-priming\"")
                    .doesNotContain("\"status\":5"));
            hooks.afterRestore(null);

            var register = Events.request("POST", "/api/auth/register")
                    .json("{\"username\":\"snap" + System.nanoTime() % 100000 + "\",\"password\":\"correct horse battery\",\"timeZone\":\"UTC\"}")
                    .build();
            ApiResponse registered = new ApiResponse(handler.handleRequest(register, null));
            assertThat(registered.status()).isEqualTo(201);
            ApiResponse board = new ApiResponse(handler.handleRequest(
                    Events.request("GET", "/api/habits").session(registered.sessionToken().orElseThrow()).build(), null));
            assertThat(board.status()).isEqualTo(200);

            String status = "";
            for (int i = 0; i < 50 && !status.equals("healthy"); i++) {
                status = new ApiResponse(handler.handleRequest(Events.request("GET", "/health").build(), null)).json()
                        .get("status").asText();
                Thread.sleep(100);
            }
            assertThat(status).as("the cache reconnects after restore").isEqualTo("healthy");
        }
    }
}
