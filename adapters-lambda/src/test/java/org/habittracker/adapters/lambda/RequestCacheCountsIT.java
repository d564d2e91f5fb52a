package org.habittracker.adapters.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.habittracker.adapters.lambda.observability.CacheCounters;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.RealApi;

@DisplayName("The request log's cache figures are each request's own, also under concurrent requests (real Redis)")
class RequestCacheCountsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int USERS = 8;
    private static final int ROUNDS = 25;

    @Test
    @DisplayName("eight users reading their boards at once log exactly what one warm board read logs alone, and the lines add up to the cache's totals")
    void concurrentBoards() throws Exception {
        try (RealApi api = new RealApi()) {
            awaitCacheUp(api);
            List<String> sessions = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                String session = api.register("counts" + u + "x" + System.nanoTime() % 100_000);
                api.createHabit(session, "Read");
                api.send(Events.request("GET", "/api/habits").session(session));
                api.send(Events.request("GET", "/api/habits").session(session));
                sessions.add(session);
            }
            api.send(Events.request("GET", "/api/habits").session(sessions.getFirst()).requestId("alone"));
            JsonNode alone = line(api, "alone");
            assertThat(alone.get("CacheHits").asLong()).isPositive();
            assertThat(alone.get("CacheMisses").asLong()).isZero();

            CacheCounters totals = api.handler().runtime().orElseThrow().cacheCounters();
            long hitsBefore = totals.snapshot().hits();
            CyclicBarrier start = new CyclicBarrier(USERS);
            ExecutorService pool = Executors.newFixedThreadPool(USERS);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int u = 0; u < USERS; u++) {
                    String session = sessions.get(u);
                    int user = u;
                    runs.add(pool.submit(() -> {
                        start.await();
                        for (int r = 0; r < ROUNDS; r++) {
                            api.send(Events.request("GET", "/api/habits").session(session)
                                    .requestId("busy-" + user + "-" + r));
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
            } finally {
                pool.shutdownNow();
            }
            long hitsDuring = totals.snapshot().hits() - hitsBefore;

            List<JsonNode> busy = api.logLines().stream().map(RequestCacheCountsIT::parse)
                    .filter(l -> l.get("requestId").asText().startsWith("busy-")).toList();
            assertThat(busy).hasSize(USERS * ROUNDS).allSatisfy(l -> {
                assertThat(l.get("status").asInt()).isEqualTo(200);
                assertThat(l.get("CacheHits").asLong()).isEqualTo(alone.get("CacheHits").asLong());
                assertThat(l.get("CacheMisses").asLong()).isZero();
            });
            assertThat(busy.stream().mapToLong(l -> l.get("CacheHits").asLong()).sum()).isEqualTo(hitsDuring);
        }
    }

    private static void awaitCacheUp(RealApi api) throws InterruptedException {
        String status = "";
        for (int i = 0; i < 50 && !status.equals("healthy"); i++) {
            status = api.send(Events.request("GET", "/health")).json().get("status").asText();
            Thread.sleep(100);
        }
        assertThat(status).as("the cache connected").isEqualTo("healthy");
    }

    private static JsonNode line(RealApi api, String requestId) {
        return api.logLines().stream().map(RequestCacheCountsIT::parse)
                .filter(l -> l.get("requestId").asText().equals(requestId)).findFirst().orElseThrow();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
