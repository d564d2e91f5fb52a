package org.habittracker.adapters.lambda.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

/**
 * Issue 13's fuzz suite through the handler over the in-memory ports: every write endpoint gets hostile variants
 * of a valid body ({@link HostileBodies}, fixed seed, a bounded number of tries). Whatever the body, the answer is
 * never a 5xx; a refusal is {@code application/problem+json}; and a refused request leaves the owner's data as it
 * was (the export before and after, {@code exportedAt} aside, is the same).
 */
@DisplayName("Hostile bodies to every write endpoint: never a 5xx, refusals are problems and change nothing")
class WriteEndpointsFuzzTest implements WriteEndpoints.Account {

    private static final long SEED = 13;
    private static final int TRIES_PER_ENDPOINT = 150;

    private FakeBackedApi api;
    private String session;
    private String habit;

    static List<WriteEndpoints.Endpoint> endpoints() {
        return WriteEndpoints.all();
    }

    @BeforeEach
    void fuzzerWithAHabit() {
        api = new FakeBackedApi();
        session = api.register("fuzzer");
        ApiResponse created = api.send(Events.request("POST", "/api/habits").session(session).json(WriteEndpoints.HABIT));
        habit = created.json().get("id").asText();
        api.send(Events.request("PUT", "/api/habits/" + habit + "/checkins/2026-11-21").session(session)
                .json("{\"status\":\"DONE\",\"amount\":9}"));
        api.send(Events.request("POST", "/api/pauses").session(session)
                .json("{\"from\":\"2026-11-10\",\"to\":\"2026-11-12\"}"));
    }

    @Override
    public String habitId() {
        return habit;
    }

    @Override
    public String importable() {
        ObjectNode export = (ObjectNode) export();
        ((ObjectNode) export.get("habits").get(0)).put("id", "0190a000-0000-7000-8000-000000000001");
        return export.toString();
    }

    private JsonNode export() {
        ApiResponse response = api.send(Events.request("GET", "/api/export").session(session));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        ObjectNode export = (ObjectNode) response.json();
        export.remove("exportedAt");
        return export;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    @DisplayName("hostile bodies")
    void hostileBodies(WriteEndpoints.Endpoint endpoint) {
        HostileBodies bodies = new HostileBodies(SEED + endpoint.name().hashCode());
        JsonNode valid = HostileBodies.parse(endpoint.validBody().apply(this));
        for (int i = 0; i < TRIES_PER_ENDPOINT; i++) {
            HostileBodies.Body body = bodies.next(valid);
            JsonNode before = export();

            ApiResponse response = api.send(Events.request(endpoint.method(), endpoint.path().apply(this))
                    .session(session).sourceIp(Events.uniqueClientIp()).binary("application/json", body.bytes()));

            String what = endpoint + " with " + body.description() + " → " + response;
            assertThat(response.status()).as(what).isLessThan(500);
            if (response.status() >= 400) {
                assertThat(response.header("Content-Type")).as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(export()).as(what).isEqualTo(before);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("farDaysInPaths")
    @DisplayName("far and odd days in paths and queries are 4xx, not 5xx")
    void farDaysInPaths(String pathAndQuery) {
        String path = pathAndQuery.replace("{habit}", habit);
        String method = path.contains("/checkins/") ? "PUT" : "GET";
        Events.Builder request = Events.request(method, path).session(session);
        if (method.equals("PUT")) {
            request.json("{\"status\":\"DONE\",\"amount\":1}");
        }
        JsonNode before = export();

        ApiResponse response = api.send(request);

        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(export()).isEqualTo(before);
    }

    static List<String> farDaysInPaths() {
        return List.of("/api/habits/{habit}/checkins/+999999999-01-01", "/api/habits/{habit}/checkins/1999-12-31",
                "/api/habits/{habit}/checkins?from=+999999999-01-01&to=+999999999-12-31",
                "/api/habits/{habit}/checkins?from=9999-12-31&to=+999999999-12-31",
                "/api/habits/{habit}/checkins?from=-999999999-01-01&to=2026-11-01");
    }
}
